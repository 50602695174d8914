/**
 * A persistent store for one saved record (see engine/record.ts) under
 * `paradiplomasi:<name>:v<version>`. Unreadable text is kept as a backup, never silently replaced,
 * and the store falls back to its initial value. Other tabs' changes arrive through storage events.
 */
import { persistentAtom } from '@nanostores/persistent';
import { decodeRecord, encodeRecord, recordKey, type RecordSpec } from '../engine/record';
import { keepBackup } from './backups';

export function createRecordStore<T>(spec: RecordSpec<T>, initial: () => T) {
	const key = recordKey(spec as RecordSpec<unknown>);
	const decode = (raw: string): T => {
		const decoded = decodeRecord(spec, raw);
		if (!decoded.ok) {
			keepBackup(key, raw, decoded.problem);
			return initial();
		}
		return decoded.data ?? initial();
	};
	const store = persistentAtom<T>(key, initial(), { encode: (data) => encodeRecord(spec, data), decode });
	return { store, key };
}
