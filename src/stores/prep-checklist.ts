/**
 * $prepChecklist: which preparation items the facilitator has ticked on this device, saved under
 * `paradiplomasi:prep-checklist:v1` (item id → when it was ticked).
 */
import { PrepChecklistSchema, type PrepChecklist } from '../schemas/prep-checklist';
import { createRecordStore } from './record-store';

const record = createRecordStore<PrepChecklist>(
	{ name: 'prep-checklist', label: 'daftar persiapan', version: 1, schema: PrepChecklistSchema },
	() => ({}),
);

export const $prepChecklist = record.store;
export const PREP_CHECKLIST_KEY = record.key;

export function tickItem(id: string, done: boolean, now = Date.now()): void {
	const { [id]: _, ...rest } = $prepChecklist.get();
	$prepChecklist.set(done ? { ...rest, [id]: now } : rest);
}

export function clearChecklist(): void {
	$prepChecklist.set({});
}
