/**
 * The progress file: every progress slice in one JSON file, so a learner can keep a copy or move
 * their progress to another device or browser. Pure functions; decoding never throws.
 *
 * The file carries a format name, a version and a CRC-32 check (engine/checksum.ts) over
 * everything else in it. Decoding accepts only a file of this format, this version or older, with
 * an intact check and valid items in every slice; anything else gets an Indonesian message that
 * says what is wrong, and no data, so the caller leaves what is saved unchanged.
 */
import { checksumOf } from './checksum';
import { decodeEnvelope, exercisesSlice, lessonsSlice, mergeItems, type Items, type SliceSpec } from './progress';
import { quizzesSlice } from './quiz-attempts';
import { roleplaySlice } from './roleplay/practice';
import { learnerSlice } from './learner';

export const PROGRESS_FORMAT = 'paradiplomasi-progres';
export const PROGRESS_VERSION = 1;
/** Far larger than a learner's real progress, small enough to refuse a wrong file quickly. */
export const MAX_PROGRESS_CHARS = 5_000_000;

// Slices hold different item types; the file treats them alike through their specs.
export type AnySlice = SliceSpec<any>;

/** Every slice the file carries, in the order it writes them. */
export const progressSlices: readonly AnySlice[] = [lessonsSlice, exercisesSlice, quizzesSlice, roleplaySlice, learnerSlice];

/** Items per slice name. */
export type SliceData = Record<string, Items<unknown>>;

export type DecodedProgress =
	| { ok: true; exportedAt: number; slices: SliceData }
	| { ok: false; problem: string };

/** The file name for an export, e.g. "paradiplomasi-progres-2026-11-23.json". */
export function progressFileName(now: number): string {
	return `${PROGRESS_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export function encodeProgressFile(data: SliceData, now: number, specs: readonly AnySlice[] = progressSlices): string {
	const slices = Object.fromEntries(specs.map((spec) => [spec.name, { v: spec.version, items: data[spec.name] ?? {} }]));
	const body = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), slices };
	return JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2) + '\n';
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOT_LOADED = 'Berkas tidak dimuat; progres di perangkat ini tidak berubah.';
const TOO_LARGE = 'Berkas terlalu besar untuk sebuah berkas progres; ini bukan berkas dari kursus ini.';
/** The refusal of a file too large to read at all. */
export const PROGRESS_TOO_LARGE = `${TOO_LARGE} ${NOT_LOADED}`;

/** The first item of a current-version envelope that its schema refuses, for the message. */
function firstInvalid(spec: AnySlice, envelope: unknown): string | undefined {
	if (!isRecord(envelope) || envelope.v !== spec.version || !isRecord(envelope.items)) return undefined;
	return Object.entries(envelope.items).find(([, item]) => !spec.item.safeParse(item).success)?.[0];
}

export function decodeProgressFile(text: unknown, specs: readonly AnySlice[] = progressSlices): DecodedProgress {
	const fail = (problem: string): DecodedProgress => ({ ok: false, problem: `${problem} ${NOT_LOADED}` });
	if (typeof text === 'string' && text.length > MAX_PROGRESS_CHARS) return fail(TOO_LARGE);
	if (typeof text !== 'string' || text.trim() === '') return fail('Berkas kosong atau tidak dapat dibaca.');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail('Berkas ini bukan berkas JSON yang sah. Pilih berkas .json yang diunduh dengan tombol "Unduh berkas progres".');
	}
	if (!isRecord(data) || data.format !== PROGRESS_FORMAT) {
		const other = isRecord(data) && typeof data.format === 'string' ? ` (formatnya "${data.format.slice(0, 60)}")` : '';
		return fail(`Berkas ini bukan berkas progres kursus Paradiplomasi${other}; mungkin berkas dari aplikasi atau latihan lain.`);
	}
	if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
		return fail('Versi berkas progres tidak dikenal.');
	if (data.version > PROGRESS_VERSION)
		return fail(`Berkas ini dibuat oleh versi kursus yang lebih baru (v${data.version}); muat ulang halaman untuk memperbarui kursus, lalu coba lagi.`);
	const { checksum, ...body } = data;
	if (typeof checksum !== 'string' || checksum !== checksumOf(body))
		return fail('Isi berkas sudah berubah sejak diekspor (pemeriksaan tidak cocok): berkas rusak atau telah disunting. Ekspor ulang dari perangkat asalnya.');
	const exportedAt = typeof body.exportedAt === 'string' ? Date.parse(body.exportedAt) : NaN;
	if (!Number.isFinite(exportedAt) || new Date(exportedAt).toISOString() !== body.exportedAt)
		return fail('Tanggal ekspor dalam berkas tidak sah.');
	if (!isRecord(body.slices)) return fail('Berkas tidak berisi data progres.');
	const known = new Map(specs.map((spec) => [spec.name, spec]));
	const unknown = Object.keys(body.slices).find((name) => !known.has(name));
	if (unknown !== undefined)
		return fail(`Berkas berisi data "${unknown.slice(0, 40)}" yang tidak dikenal versi kursus ini; mungkin berkas dibuat oleh versi kursus yang lebih baru.`);

	const slices: SliceData = {};
	for (const spec of specs) {
		const envelope = body.slices[spec.name];
		if (envelope === undefined) {
			slices[spec.name] = {};
			continue;
		}
		// An item named "__proto__" would vanish into the prototype of a plain object.
		if (isRecord(envelope) && isRecord(envelope.items) && Object.hasOwn(envelope.items, '__proto__'))
			return fail(`Data ${spec.label} dalam berkas memuat nama butir yang tidak sah.`);
		const decoded = decodeEnvelope(spec, envelope);
		if (!decoded.ok) {
			const bad = firstInvalid(spec, envelope);
			return fail(bad !== undefined ? `Butir "${bad.slice(0, 60)}" pada data ${spec.label} dalam berkas tidak sah.` : decoded.problem);
		}
		slices[spec.name] = decoded.items;
	}
	return { ok: true, exportedAt, slices };
}

export interface MergeCount {
	/** Items this device did not have. */
	added: number;
	/** Items the file had in a newer version. */
	updated: number;
	/** Items this device already had, the same or newer. */
	kept: number;
}

export interface MergeResult {
	slices: SliceData;
	/** Per slice name. */
	counts: Record<string, MergeCount>;
}

/**
 * Joins a file's progress with this device's, slice by slice and item by item (mergeItems): an
 * item only one side has is kept; for one both have the newer record wins, except quiz and
 * role-play histories, whose attempts are joined, so nothing is lost.
 */
export function mergeProgress(current: SliceData, incoming: SliceData, specs: readonly AnySlice[] = progressSlices): MergeResult {
	const slices: SliceData = {};
	const counts: Record<string, MergeCount> = {};
	for (const spec of specs) {
		const { name } = spec;
		const mine = current[name] ?? {};
		const theirs = incoming[name] ?? {};
		const merged = mergeItems(mine, theirs, spec.mergeItem as ((a: unknown, b: unknown) => unknown) | undefined);
		const count = { added: 0, updated: 0, kept: 0 };
		for (const id of Object.keys(theirs)) {
			if (!(id in mine)) count.added++;
			else if (JSON.stringify(merged[id]) !== JSON.stringify(mine[id])) count.updated++;
			else count.kept++;
		}
		slices[name] = merged;
		counts[name] = count;
	}
	return { slices, counts };
}

/** True when the merge changes nothing on this device. */
export function mergeChangesNothing(counts: Record<string, MergeCount>): boolean {
	return Object.values(counts).every((c) => c.added === 0 && c.updated === 0);
}
