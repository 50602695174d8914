/**
 * Export and import of open work (brainstorm boards and worksheets), so a learner can keep it,
 * move it to another device, or hand it to a facilitator. Pure functions; never throw.
 *
 * The JSON file carries a format name, a version and a CRC-32 check over everything else in it.
 * Import accepts only a file of this format, this version or older, for this very exercise, with
 * an intact check and an answer that fits the exercise; anything else gets an Indonesian message
 * and no answer, so the caller leaves what is saved unchanged.
 */
import type { Brainstorm, Worksheet } from '../../schemas/exercise';
import { BoardAnswerSchema, WorksheetAnswerSchema, type BoardAnswer, type WorksheetAnswer } from '../../schemas/exercise-answer';
import { checksumOf } from '../checksum';
import { notesIn } from './board';
import { misfit } from './fit';
import { rowsOf, textOf } from './worksheet';

export const WORK_FORMAT = 'paradiplomasi-latihan';
export const WORK_VERSION = 1;
/** Larger than any real board or worksheet, small enough to refuse a wrong file quickly. */
export const MAX_FILE_CHARS = 300_000;
export const TOO_LARGE = 'Berkas terlalu besar untuk sebuah lembar latihan; ini bukan berkas dari kursus ini.';

type Titled = { title: string };
export type OpenExercise = (Brainstorm & Titled) | (Worksheet & Titled);
type AnswerFor<T extends OpenExercise> = T extends Brainstorm ? BoardAnswer : WorksheetAnswer;

export type Imported<A> = { ok: true; answer: A } | { ok: false; error: string };

const plain = (text: string) => text.replace(/\*([^*]+)\*/g, '$1');

function stamp(now: number): string {
	return new Date(now).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** The file name for an export, e.g. "sm2-peta-pemangku-2026-11-23.json". */
export function exportFileName(item: OpenExercise, now: number, extension: 'json' | 'txt'): string {
	return `${item.id}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

export function exportWorkJson<T extends OpenExercise>(item: T, answer: AnswerFor<T>, now: number): string {
	const body = {
		format: WORK_FORMAT,
		version: WORK_VERSION,
		exercise: item.id,
		type: item.type,
		title: item.title,
		savedAt: new Date(now).toISOString(),
		answer,
	};
	return JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2) + '\n';
}

/** A plain-text copy for reading, printing or pasting into a report (not for importing). */
export function exportWorkText<T extends OpenExercise>(item: T, answer: AnswerFor<T>, now: number): string {
	const lines = [`Paradiplomasi: ${item.title}`, plain(item.prompt), `Diekspor: ${stamp(now)}`, ''];
	if (item.type === 'brainstorm') {
		for (const column of item.columns) {
			lines.push(`== ${column.label} ==`);
			const notes = notesIn(answer as BoardAnswer, column.id);
			lines.push(...(notes.length > 0 ? notes.map((n) => `- ${n.text}`) : ['(kosong)']), '');
		}
	} else {
		const ws = answer as WorksheetAnswer;
		for (const section of item.sections) {
			if (section.title) lines.push(`== ${section.title} ==`);
			for (const field of section.fields) {
				lines.push(`${field.label}:`);
				if (field.kind === 'table') {
					const rows = rowsOf(ws, field).filter((r) => Object.values(r).some((v) => v.trim() !== ''));
					if (rows.length === 0) lines.push('(kosong)');
					rows.forEach((row, i) =>
						lines.push(`${i + 1}. ${field.columns!.map((c) => `${c.label}: ${row[c.id]?.trim() || '-'}`).join('; ')}`),
					);
				} else lines.push(textOf(ws, field.id).trim() || '(kosong)');
				lines.push('');
			}
		}
	}
	return lines.join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function importWork<T extends OpenExercise>(item: T, text: unknown): Imported<AnswerFor<T>> {
	const fail = (error: string) => ({ ok: false as const, error });
	if (typeof text !== 'string' || text.trim() === '') return fail('Berkas kosong atau tidak dapat dibaca.');
	if (text.length > MAX_FILE_CHARS) return fail(TOO_LARGE);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail('Berkas ini bukan berkas JSON yang sah. Pilih berkas .json yang diunduh dari latihan ini.');
	}
	if (!isRecord(data) || data.format !== WORK_FORMAT) return fail('Berkas ini bukan berkas latihan Paradiplomasi.');
	if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
		return fail('Versi berkas latihan tidak dikenal.');
	if (data.version > WORK_VERSION)
		return fail(`Berkas ini dibuat oleh versi kursus yang lebih baru (v${data.version}); muat ulang halaman untuk memperbarui kursus.`);
	if (data.exercise !== item.id || data.type !== item.type) {
		const other = typeof data.title === 'string' ? `"${data.title.slice(0, 80)}"` : 'latihan lain';
		return fail(`Berkas ini berisi ${other}, bukan "${item.title}". Muat berkas itu di halaman latihannya sendiri.`);
	}
	const { checksum, ...body } = data;
	if (typeof checksum !== 'string' || checksum !== checksumOf(body))
		return fail('Isi berkas sudah berubah sejak diekspor (pemeriksaan tidak cocok), jadi berkas tidak dimuat. Ekspor ulang dari perangkat asalnya.');
	const parsed = (item.type === 'brainstorm' ? BoardAnswerSchema : WorksheetAnswerSchema).safeParse(body.answer);
	if (!parsed.success) return fail('Isi berkas tidak berformat lembar latihan yang dikenal.');
	const why = misfit(item, parsed.data);
	if (why) return fail(`Isi berkas tidak cocok dengan latihan ini: ${why}.`);
	return { ok: true, answer: parsed.data as AnswerFor<T> };
}
