/**
 * The learner's saved progress: pure functions, no DOM and no storage.
 *
 * Progress is kept as slices (lessons, exercises, quizzes), each a map from a stable id to an item
 * that carries its own `updatedAt`. A slice is stored as the JSON envelope `{"v": N, "items": {…}}`
 * under a versioned key; decoding validates every item, migrates older envelopes, and reports a
 * problem (in Indonesian) instead of throwing, so the caller can keep the unreadable text aside.
 */
import type { Schema } from '../schemas/guard';
import { ExerciseResultSchema, LessonMarkSchema, type ExerciseResult, type LessonMark } from '../schemas/progress';

export type Items<T> = Record<string, T>;

export interface SliceSpec<T> {
	/** Short name used in keys and messages, e.g. "lessons". */
	name: string;
	/** Indonesian label for messages, e.g. "tanda pelajaran". */
	label: string;
	/** The current envelope version. */
	version: number;
	item: Schema<T>;
	/** migrations[n] turns the `items` of version n into those of version n + 1. */
	migrations?: Record<number, (items: unknown) => unknown>;
	/** How to join two records of the same item (from two tabs or devices); default: the newer wins. */
	mergeItem?: (a: T, b: T) => T;
}

export type Decoded<T> =
	| { ok: true; items: Items<T>; migratedFrom?: number }
	| { ok: false; items: Items<T>; problem: string };

export const lessonsSlice: SliceSpec<LessonMark> = {
	name: 'lessons',
	label: 'tanda pelajaran',
	version: 1,
	item: LessonMarkSchema,
};

export const exercisesSlice: SliceSpec<ExerciseResult> = {
	name: 'exercises',
	label: 'hasil latihan',
	version: 1,
	item: ExerciseResultSchema,
};

// The other slices are defined beside their own engines, so that every page does not download
// their checks: quizzesSlice (quiz-attempts.ts), roleplaySlice (roleplay/practice.ts), learnerSlice
// (learner.ts).

export function encodeSlice<T>(spec: SliceSpec<T>, items: Items<T>): string {
	return JSON.stringify({ v: spec.version, items });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates and migrates a stored envelope. Never throws. */
export function decodeSlice<T>(spec: SliceSpec<T>, raw: string | undefined | null): Decoded<T> {
	if (raw === undefined || raw === null || raw === '') return { ok: true, items: {} };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, items: {}, problem: `Data ${spec.label} yang tersimpan rusak (bukan JSON yang sah).` };
	}
	return decodeEnvelope(spec, data);
}

export function decodeEnvelope<T>(spec: SliceSpec<T>, data: unknown): Decoded<T> {
	if (!isPlainObject(data) || typeof data.v !== 'number' || !Number.isInteger(data.v))
		return { ok: false, items: {}, problem: `Data ${spec.label} tidak berformat yang dikenal (versi tidak ada).` };
	if (data.v > spec.version)
		return {
			ok: false,
			items: {},
			problem: `Data ${spec.label} berasal dari versi kursus yang lebih baru (v${data.v}); perbarui halaman ini.`,
		};
	let items: unknown = data.items;
	for (let v = data.v; v < spec.version; v++) {
		const migrate = spec.migrations?.[v];
		if (!migrate)
			return { ok: false, items: {}, problem: `Data ${spec.label} versi v${data.v} tidak dapat diperbarui otomatis.` };
		try {
			items = migrate(items);
		} catch {
			return { ok: false, items: {}, problem: `Data ${spec.label} versi v${data.v} gagal diperbarui.` };
		}
	}
	if (!isPlainObject(items))
		return { ok: false, items: {}, problem: `Data ${spec.label} tidak berisi daftar butir.` };
	const valid: Items<T> = {};
	const rejected: string[] = [];
	for (const [id, value] of Object.entries(items)) {
		const parsed = spec.item.safeParse(value);
		if (parsed.success) valid[id] = parsed.data;
		else rejected.push(id);
	}
	if (rejected.length > 0)
		return {
			ok: false,
			items: valid,
			problem: `${rejected.length} butir ${spec.label} tidak sah dan disimpan terpisah sebagai cadangan.`,
		};
	return data.v < spec.version ? { ok: true, items: valid, migratedFrom: data.v } : { ok: true, items: valid };
}

function updatedAt(item: unknown): number {
	return isPlainObject(item) && typeof item.updatedAt === 'number' ? item.updatedAt : 0;
}

/**
 * Merges two slices item by item: an item only one side has is kept; for an item both have,
 * `mergeItem` joins them if given, else the newer `updatedAt` wins (the first side on a tie).
 */
export function mergeItems<T>(a: Items<T>, b: Items<T>, mergeItem?: (a: T, b: T) => T): Items<T> {
	const out: Items<T> = { ...a };
	for (const [id, item] of Object.entries(b)) {
		const mine = out[id];
		if (mine === undefined) out[id] = item;
		else if (mergeItem) out[id] = mergeItem(mine, item);
		else if (updatedAt(item) > updatedAt(mine)) out[id] = item;
	}
	return out;
}

/**
 * Joins two histories of attempts (a quiz taken, a role-play game played) so that no attempt is
 * lost: every distinct attempt of either side, in time order.
 */
export function mergeAttempts<T extends { attempts: unknown[]; updatedAt: number }>(a: T, b: T, time: (attempt: T['attempts'][number]) => number): T {
	const seen = new Map<string, T['attempts'][number]>();
	for (const attempt of [...a.attempts, ...b.attempts]) seen.set(JSON.stringify(attempt), attempt);
	const attempts = [...seen.values()].sort((x, y) => time(x) - time(y));
	return { ...(b.updatedAt > a.updatedAt ? b : a), attempts, updatedAt: Math.max(a.updatedAt, b.updatedAt) };
}

/** Page id of a pathname such as "/sub-modul-1/sejarah-diplomasi/": the key of its lesson mark. */
export function pageIdFromPath(pathname: string): string {
	return pathname.replace(/^\/+|\/+$/g, '').replace(/\/index(\.html)?$/, '');
}

export function visitLesson(items: Items<LessonMark>, id: string, now: number): Items<LessonMark> {
	const prev = items[id];
	return { ...items, [id]: { ...prev, visitedAt: now, updatedAt: now } };
}

export function setLessonDone(items: Items<LessonMark>, id: string, done: boolean, now: number): Items<LessonMark> {
	const prev = items[id];
	return { ...items, [id]: { ...prev, visitedAt: prev?.visitedAt ?? now, doneAt: done ? now : null, updatedAt: now } };
}

export function isLessonDone(items: Items<LessonMark>, id: string): boolean {
	return typeof items[id]?.doneAt === 'number';
}

/** The lesson opened most recently, if any. */
export function lastVisited(items: Items<LessonMark>): string | undefined {
	let best: string | undefined;
	let bestAt = -1;
	for (const [id, mark] of Object.entries(items)) {
		if ((mark.visitedAt ?? -1) > bestAt) {
			best = id;
			bestAt = mark.visitedAt ?? -1;
		}
	}
	return best;
}
