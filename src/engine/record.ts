/**
 * One saved record (a settings object, a checklist) as the JSON envelope `{"v": N, "data": …}`:
 * pure encode and decode. Decoding validates, and reports a problem in Indonesian instead of
 * throwing, so the caller can keep the unreadable text aside and fall back to a default.
 */
import type { Schema } from '../schemas/guard';

export interface RecordSpec<T> {
	/** Short name used in keys, e.g. "workshop". */
	name: string;
	/** Indonesian label for messages, e.g. "agenda lokakarya". */
	label: string;
	version: number;
	schema: Schema<T>;
}

export type DecodedRecord<T> = { ok: true; data: T | undefined } | { ok: false; problem: string };

export function recordKey(spec: RecordSpec<unknown>): string {
	return `paradiplomasi:${spec.name}:v${spec.version}`;
}

export function encodeRecord<T>(spec: RecordSpec<T>, data: T): string {
	return JSON.stringify({ v: spec.version, data });
}

/** `data: undefined` means nothing was saved. */
export function decodeRecord<T>(spec: RecordSpec<T>, raw: string | null | undefined): DecodedRecord<T> {
	if (raw === undefined || raw === null || raw === '') return { ok: true, data: undefined };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { ok: false, problem: `Data ${spec.label} yang tersimpan rusak (bukan JSON yang sah).` };
	}
	if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed))
		return { ok: false, problem: `Data ${spec.label} tidak berformat yang dikenal.` };
	if (parsed.v !== spec.version)
		return { ok: false, problem: `Data ${spec.label} berasal dari versi lain (v${String(parsed.v)}).` };
	const result = spec.schema.safeParse(parsed.data);
	if (!result.success)
		return {
			ok: false,
			problem: `Data ${spec.label} tidak sah: ${result.error.issues[0]?.path.join('.') || 'isi'} keliru.`,
		};
	return { ok: true, data: result.data };
}
