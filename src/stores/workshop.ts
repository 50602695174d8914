/**
 * $workshop: the facilitator's day on this device (start time, breaks, what happened), saved under
 * `paradiplomasi:workshop:v1`. The run sheet, the projector's timer and the presenter window read
 * it; a change in one window reaches the others through storage events.
 */
import { WorkshopDaySchema, type BreakKind, type WorkshopDay } from '../schemas/workshop';
import * as day from '../engine/schedule';
import type { PlanStep } from '../engine/schedule';
import { createRecordStore } from './record-store';

const record = createRecordStore<WorkshopDay>(
	{ name: 'workshop', label: 'agenda lokakarya', version: 1, schema: WorkshopDaySchema },
	day.emptyDay,
);

export const $workshop = record.store;
export const WORKSHOP_KEY = record.key;

const change = (next: WorkshopDay) => {
	if (next !== $workshop.get()) $workshop.set(next);
};

export function setStartTime(clock: string): void {
	change(day.setStart($workshop.get(), clock));
}

export function setWorkshopDate(date: string | null): void {
	change(day.setDate($workshop.get(), date));
}

export function startDayNow(now = Date.now()): void {
	change(day.startNow($workshop.get(), now));
}

export function advanceStep(plan: PlanStep[], now = Date.now()): void {
	change(day.advance(plan, $workshop.get(), now));
}

export function toggleHoldStep(plan: PlanStep[], now = Date.now()): void {
	change(day.toggleHold(plan, $workshop.get(), now));
}

export function adjustItem(plan: PlanStep[], key: string, delta: number, now = Date.now()): void {
	change(day.adjust(plan, $workshop.get(), key, delta, now));
}

export function addBreak(plan: PlanStep[], kind: BreakKind): void {
	change(day.addBreak(plan, $workshop.get(), kind));
}

export function moveBreak(plan: PlanStep[], id: string, direction: -1 | 1): void {
	change(day.moveBreak(plan, $workshop.get(), id, direction));
}

export function removeBreak(id: string): void {
	change(day.removeBreak($workshop.get(), id));
}

export function resetDay(): void {
	change(day.resetDay($workshop.get()));
}
