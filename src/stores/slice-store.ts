/**
 * A persistent store for one progress slice (see engine/progress.ts), under the key
 * `paradiplomasi:<name>:v<version>`. Unreadable text is kept as a backup, never silently replaced;
 * every change re-reads storage first and merges by item, so two tabs do not overwrite each other.
 */
import { persistentAtom } from '@nanostores/persistent';
import { decodeSlice, encodeSlice, mergeItems, type Items, type SliceSpec } from '../engine/progress';
import { readStored } from './storage-status';
import { keepBackup } from './backups';

export function sliceKey(spec: SliceSpec<unknown>): string {
	return `paradiplomasi:${spec.name}:v${spec.version}`;
}

export function createSliceStore<T>(spec: SliceSpec<T>) {
	const key = sliceKey(spec as SliceSpec<unknown>);
	const decode = (raw: string): Items<T> => {
		const decoded = decodeSlice(spec, raw);
		if (!decoded.ok) keepBackup(key, raw, decoded.problem);
		return decoded.items;
	};
	const store = persistentAtom<Items<T>>(key, {}, { encode: (items) => encodeSlice(spec, items), decode });

	/** Applies a change to the freshest state (this tab's merged with what storage holds now). */
	function update(change: (items: Items<T>) => Items<T>): void {
		const stored = readStored(key);
		const fresh = stored === undefined ? store.get() : mergeItems(store.get(), decodeSlice(spec, stored).items);
		store.set(change(fresh));
	}

	return { store, update, key };
}
