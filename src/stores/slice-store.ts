/**
 * A persistent store for one progress slice (see engine/progress.ts), under the key
 * `paradiplomasi:<name>:v<version>`. Unreadable text is kept as a backup, never silently replaced;
 * every change re-reads storage first and merges by item, so two tabs do not overwrite each other.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodeSlice, encodeSlice, mergeItems, type Items, type SliceSpec } from '../engine/progress';
import { readStored } from './storage-status';
import { keepBackup } from './backups';

export function sliceKey(spec: SliceSpec<unknown>): string {
	return `paradiplomasi:${spec.name}:v${spec.version}`;
}

export interface SliceStore<T> {
	store: WritableAtom<Items<T>>;
	/** This tab's items merged with what storage holds now. */
	fresh: () => Items<T>;
	/** Applies a change to the fresh items and saves the result. */
	update: (change: (items: Items<T>) => Items<T>) => void;
	key: string;
}

// One store per key, whoever asks first, so a page that reads every slice (the progress page)
// shares the stores of the islands that write them instead of holding a second, stale copy.
const stores = new Map<string, SliceStore<unknown>>();

export function createSliceStore<T>(spec: SliceSpec<T>): SliceStore<T> {
	const key = sliceKey(spec as SliceSpec<unknown>);
	const existing = stores.get(key);
	if (existing) return existing as SliceStore<T>;
	const decode = (raw: string): Items<T> => {
		const decoded = decodeSlice(spec, raw);
		if (!decoded.ok) keepBackup(key, raw, decoded.problem);
		return decoded.items;
	};
	const store = persistentAtom<Items<T>>(key, {}, { encode: (items) => encodeSlice(spec, items), decode });

	function fresh(): Items<T> {
		const stored = readStored(key);
		return stored === undefined ? store.get() : mergeItems(store.get(), decodeSlice(spec, stored).items, spec.mergeItem);
	}

	const created: SliceStore<T> = { store, fresh, update: (change) => store.set(change(fresh())), key };
	stores.set(key, created as SliceStore<unknown>);
	return created;
}
