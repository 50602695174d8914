/**
 * Export and import of the whole progress (every slice in engine/progress-file.ts) through the
 * slice stores, so islands that show progress update at once. Import merges item by item and
 * writes only when the file is valid; a refused file changes nothing.
 */
import { decodeProgressFile, encodeProgressFile, mergeChangesNothing, mergeProgress, progressSlices, type MergeCount, type SliceData } from '../engine/progress-file';
import { mergeItems } from '../engine/progress';
import { discardBackup, type Backup } from './backups';
import { createSliceStore } from './slice-store';
import { $storageStatus, readStored, removeStored, type StorageStatus } from './storage-status';

/** The slices' stores: createSliceStore returns the one a slice's own module made, if loaded. */
function sliceStores() {
	return progressSlices.map((spec) => ({ spec, slice: createSliceStore(spec) }));
}

/** Every slice as it is now (this tab merged with storage). */
export function currentProgress(): SliceData {
	return Object.fromEntries(sliceStores().map(({ spec, slice }) => [spec.name, slice.fresh()]));
}

export function exportProgress(now = Date.now()): string {
	return encodeProgressFile(currentProgress(), now);
}

export type ImportResult =
	| { ok: true; exportedAt: number; counts: Record<string, MergeCount>; unchanged: boolean; storage: StorageStatus }
	| { ok: false; problem: string };

export function importProgress(text: unknown): ImportResult {
	const decoded = decodeProgressFile(text);
	if (!decoded.ok) return decoded;
	const { counts } = mergeProgress(currentProgress(), decoded.slices);
	for (const { spec, slice } of sliceStores()) {
		const count = counts[spec.name];
		const incoming = decoded.slices[spec.name];
		if (incoming && count && count.added + count.updated > 0) slice.update((items) => mergeItems(items, incoming, spec.mergeItem as never));
	}
	return { ok: true, exportedAt: decoded.exportedAt, counts, unchanged: mergeChangesNothing(counts), storage: $storageStatus.get() };
}

/**
 * Deletes a backup the learner has downloaded. If its unreadable text is still what storage holds
 * under its key, that text goes too (or the next page load would keep it aside again): a slice is
 * rewritten with the items that could be read; any other record is removed, as its store already
 * fell back to its default.
 */
export function deleteBackup(backup: Backup): void {
	discardBackup(backup);
	if (readStored(backup.key) !== backup.raw) return;
	const slice = sliceStores().find(({ slice }) => slice.key === backup.key)?.slice;
	if (slice) slice.store.set(slice.store.get());
	else removeStored(backup.key);
}
