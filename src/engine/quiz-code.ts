/**
 * The short result code a participant's device shows at the end of a class quiz, for the
 * facilitator to type or scan. Built on engine/codes.ts (kind "quiz"), so a mistyped symbol or two
 * swapped neighbours fail the check, and a code of another kind or version is refused.
 *
 * Payload, version 1: the quiz set (4 bits), a fingerprint of the set's questions (5 bits, so a
 * device with an older copy of the questions is caught), the participant number (10 bits, 0 = none),
 * then one answer per question in set order: single choice, the option's position in the author's
 * order plus one (0 = no answer); multiple choice, one bit per option; true/false, 0 none, 1 true,
 * 2 false. A 20-question set with four options each fits in 20 symbols.
 */
import { BitWriter, decodeCode, encodeCode } from './codes';
import { seedFrom } from './exercises/shuffle';
import type { QuizItem } from '../schemas/quiz';
import { choiceShape, type ChoiceShape } from './choice-shape';

export const QUIZ_CODE_VERSION = 1;
export const MAX_PARTICIPANT = 999;
const SET_BITS = 4;
const FINGERPRINT_BITS = 5;
const PARTICIPANT_BITS = 10;

/** What encoding and decoding need to know of a class quiz set. */
export interface CodeSet {
	id: string;
	/** 0 to 15, fixed per set: part of the code. */
	index: number;
	/** How people call it, for messages: "Pre-test". */
	title: string;
	/** The questions in set order; each must have a card shape (see choiceShape). */
	items: QuizItem[];
}

export interface QuizCodeResult {
	setId: string;
	participant: number | null;
	/** Item id → the answer in the exercise answer shape; unanswered items are absent. */
	answers: Record<string, unknown>;
}

export type DecodedQuizCode = { ok: true; result: QuizCodeResult } | { ok: false; error: string };

function shapes(set: CodeSet): ChoiceShape[] {
	return set.items.map((item) => {
		const shape = choiceShape(item);
		if ('problem' in shape)
			throw new Error(`Quiz set ${set.id}: item ${item.id} cannot go in a result code: ${shape.problem}.`);
		return shape;
	});
}

function widthFor(values: number): number {
	return Math.max(1, Math.ceil(Math.log2(values)));
}

function widthOf(shape: ChoiceShape): number {
	return shape.kind === 'single'
		? widthFor(shape.options.length + 1)
		: shape.kind === 'multiple'
			? shape.options.length
			: 2;
}

/** Five bits that change when the set's questions or options change. */
export function setFingerprint(set: CodeSet): number {
	const list = shapes(set);
	const text = set.items.map((item, i) => `${item.id}:${JSON.stringify(list[i])}`).join('|');
	return seedFrom(`${set.id}|${text}`) % 2 ** FINGERPRINT_BITS;
}

function answerValue(shape: ChoiceShape, answer: unknown): number {
	switch (shape.kind) {
		case 'single':
			return typeof answer === 'string' ? shape.options.indexOf(answer) + 1 : 0;
		case 'multiple': {
			const chosen = Array.isArray(answer) ? answer : [];
			return shape.options.reduce((bits, id) => bits * 2 + (chosen.includes(id) ? 1 : 0), 0);
		}
		case 'truefalse': {
			const judged =
				answer && typeof answer === 'object' ? (answer as Record<string, unknown>)[shape.statement] : undefined;
			return judged === true ? 1 : judged === false ? 2 : 0;
		}
	}
}

export function encodeQuizResult(
	set: CodeSet,
	participant: number | null,
	answers: Readonly<Record<string, unknown>>,
): string {
	if (participant !== null && (!Number.isInteger(participant) || participant < 1 || participant > MAX_PARTICIPANT))
		throw new RangeError(`participant must be 1 to ${MAX_PARTICIPANT}`);
	const w = new BitWriter()
		.write(set.index, SET_BITS)
		.write(setFingerprint(set), FINGERPRINT_BITS)
		.write(participant ?? 0, PARTICIPANT_BITS);
	shapes(set).forEach((shape, i) => w.write(answerValue(shape, answers[set.items[i]!.id]), widthOf(shape)));
	return encodeCode('quiz', QUIZ_CODE_VERSION, w);
}

function answerFrom(shape: ChoiceShape, value: number): unknown {
	switch (shape.kind) {
		case 'single':
			return shape.options[value - 1];
		case 'multiple':
			return shape.options.filter((_, i) => (value >> (shape.options.length - 1 - i)) & 1);
		case 'truefalse':
			return { [shape.statement]: value === 1 };
	}
}

const TOO_SHORT = 'Kode terlalu pendek; periksa apakah ada huruf yang terlewat.';

/**
 * Reads a typed or scanned code. With `expected`, a valid code of another set is refused too (the
 * facilitator collects one quiz at a time). Never throws; every refusal says what is wrong.
 */
export function decodeQuizResult(text: unknown, sets: readonly CodeSet[], expected?: string): DecodedQuizCode {
	const decoded = decodeCode(text, 'quiz');
	if (!decoded.ok) return decoded;
	if (decoded.version !== QUIZ_CODE_VERSION)
		return {
			ok: false,
			error: `Kode ini dibuat oleh versi kursus yang lain (versi ${decoded.version}); minta peserta memuat ulang halaman kuis peserta.`,
		};
	const r = decoded.reader;
	const index = r.read(SET_BITS);
	const fingerprint = r.read(FINGERPRINT_BITS);
	const participant = r.read(PARTICIPANT_BITS);
	if (index === undefined || fingerprint === undefined || participant === undefined)
		return { ok: false, error: TOO_SHORT };
	const set = sets.find((s) => s.index === index);
	if (!set) return { ok: false, error: `Kode ini menyebut kuis nomor ${index}, yang tidak ada di kursus ini.` };
	const wanted = expected === undefined ? undefined : sets.find((s) => s.id === expected);
	if (wanted && wanted.id !== set.id)
		return {
			ok: false,
			error: `Ini kode ${set.title}, bukan ${wanted.title}. Pilih "${set.title}" di daftar kuis dulu untuk mencatatnya.`,
		};
	if (fingerprint !== setFingerprint(set))
		return {
			ok: false,
			error:
				'Kode ini dibuat dari versi soal yang lain. Minta peserta memuat ulang halaman kuis peserta, lalu mengerjakannya lagi.',
		};
	if (participant > MAX_PARTICIPANT) return { ok: false, error: 'Nomor peserta dalam kode tidak sah.' };
	const answers: Record<string, unknown> = {};
	const list = shapes(set);
	for (const [i, shape] of list.entries()) {
		const value = r.read(widthOf(shape));
		if (value === undefined) return { ok: false, error: TOO_SHORT };
		const limit =
			shape.kind === 'single' ? shape.options.length : shape.kind === 'truefalse' ? 2 : 2 ** shape.options.length - 1;
		if (value > limit) return { ok: false, error: `Kode berisi jawaban yang tidak ada pada soal ${i + 1}.` };
		if (value > 0) answers[set.items[i]!.id] = answerFrom(shape, value);
	}
	// Only the zero padding of the last symbol may remain.
	if (r.remaining >= 5 || r.read(r.remaining) !== 0)
		return { ok: false, error: 'Kode lebih panjang dari seharusnya; periksa apakah ada huruf tambahan.' };
	return { ok: true, result: { setId: set.id, participant: participant === 0 ? null : participant, answers } };
}
