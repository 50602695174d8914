import { describe, expect, it } from 'vitest';
import { ALPHABET, BitWriter, encodeCode, formatCode } from '../../src/engine/codes';
import { decodeQuizResult, encodeQuizResult, setFingerprint, type CodeSet } from '../../src/engine/quiz-code';
import { item, multiple, single, truefalse } from '../fixtures/quiz-items';

const twenty: CodeSet = {
	id: 'pre-test',
	index: 0,
	title: 'Pre-test',
	items: Array.from({ length: 20 }, (_, i) => single(`p${i}`)),
};
const worst: CodeSet = {
	id: 'post-test',
	index: 1,
	title: 'Post-test',
	items: Array.from({ length: 20 }, (_, i) => multiple(`m${i}`)),
};
const mixed: CodeSet = {
	id: 'kelas-sub-modul-1',
	index: 2,
	title: 'Kuis kelas Sub-modul 1',
	items: [single('a1'), multiple('a2'), truefalse('a3'), truefalse('a4', false), single('a5', ['x', 'y'], 'y')],
};
const sets = [twenty, worst, mixed];

/** Replaces the symbol at `i` with another and returns the new code. */
function typo(code: string, i: number): string {
	const other = ALPHABET[(ALPHABET.indexOf(code[i]!) + 7) % 32]!;
	return code.slice(0, i) + other + code.slice(i + 1);
}

describe('quiz result codes: round trip', () => {
	it('carries the set, the participant number and every answer', () => {
		const answers = { a1: 'c', a2: ['a', 'd'], a3: { s: false }, a4: { s: false } };
		const code = encodeQuizResult(mixed, 17, answers);
		expect(decodeQuizResult(code, sets)).toEqual({
			ok: true,
			result: { setId: 'kelas-sub-modul-1', participant: 17, answers },
		});
	});

	it('leaves out unanswered questions and a missing participant number', () => {
		const code = encodeQuizResult(mixed, null, { a5: 'y' });
		expect(decodeQuizResult(code, sets)).toEqual({
			ok: true,
			result: { setId: 'kelas-sub-modul-1', participant: null, answers: { a5: 'y' } },
		});
	});

	it('reads a code typed in lower case, in groups, with O for 0 and I or L for 1', () => {
		const code = encodeQuizResult(twenty, 3, { p0: 'a', p19: 'd' });
		const typed = formatCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
		expect(decodeQuizResult(typed, sets)).toMatchObject({
			ok: true,
			result: { participant: 3, answers: { p0: 'a', p19: 'd' } },
		});
	});

	it('round-trips many random answer sheets', () => {
		let state = 1;
		const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
		for (let n = 0; n < 200; n++) {
			const answers: Record<string, unknown> = {};
			for (const it of mixed.items) {
				if (random() < 0.2) continue;
				if (it.type === 'single') answers[it.id] = it.options[Math.floor(random() * it.options.length)]!.id;
				if (it.type === 'multiple') {
					const picked = it.options.filter(() => random() < 0.5).map((o) => o.id);
					if (picked.length) answers[it.id] = picked;
				}
				if (it.type === 'truefalse') answers[it.id] = { s: random() < 0.5 };
			}
			const participant = random() < 0.3 ? null : 1 + Math.floor(random() * 999);
			expect(decodeQuizResult(encodeQuizResult(mixed, participant, answers), sets)).toEqual({
				ok: true,
				result: { setId: mixed.id, participant, answers },
			});
		}
	});
});

describe('quiz result codes: short enough to type', () => {
	it('is at most 24 symbols for 20 four-option questions, even all multiple choice', () => {
		const single20 = encodeQuizResult(twenty, 999, Object.fromEntries(twenty.items.map((it) => [it.id, 'd'])));
		const multi20 = encodeQuizResult(
			worst,
			999,
			Object.fromEntries(worst.items.map((it) => [it.id, ['a', 'b', 'c', 'd']])),
		);
		expect(single20.length).toBeLessThanOrEqual(20);
		expect(multi20.length).toBeLessThanOrEqual(24);
	});

	it('starts with the kind and a version symbol', () => {
		const code = encodeQuizResult(twenty, null, {});
		expect(code.slice(0, 2)).toBe('11');
	});
});

describe('quiz result codes: a typo is detected', () => {
	const code = encodeQuizResult(
		twenty,
		12,
		Object.fromEntries(twenty.items.map((it, i) => [it.id, ['a', 'b', 'c', 'd'][i % 4]])),
	);

	it('refuses every single mistyped symbol, saying the check failed', () => {
		for (let i = 0; i < code.length; i++) {
			const decoded = decodeQuizResult(typo(code, i), sets);
			expect(decoded.ok, `symbol ${i}`).toBe(false);
		}
		expect(decodeQuizResult(typo(code, 5), sets)).toEqual({
			ok: false,
			error: expect.stringMatching(/tidak lolos pemeriksaan/),
		});
	});

	it('refuses two neighbouring symbols swapped', () => {
		for (let i = 0; i + 1 < code.length; i++) {
			if (code[i] === code[i + 1]) continue;
			const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
			expect(decodeQuizResult(swapped, sets).ok, `swap at ${i}`).toBe(false);
		}
	});

	it('refuses a missing or an extra symbol', () => {
		expect(decodeQuizResult(code.slice(0, -3) + code.slice(-2), sets).ok).toBe(false);
		expect(decodeQuizResult(code.slice(0, 4) + '7' + code.slice(4), sets).ok).toBe(false);
	});
});

describe('quiz result codes: malformed codes get an Indonesian message that says what is wrong', () => {
	const cases: [string, unknown, RegExp][] = [
		['empty', '   ', /kosong/],
		['not text', 42, /teks/],
		['foreign characters', 'ABCD-ÉÉ', /karakter yang tidak dipakai: É/],
		['too short', '11A', /terlalu pendek/],
		[
			'another kind of code',
			encodeCode('roleplay', 1, new BitWriter().write(5, 8)),
			/kode permainan peran, bukan kode kuis/,
		],
	];
	it.each(cases)('%s', (_, text, message) => {
		const decoded = decodeQuizResult(text, sets);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.error).toMatch(message);
	});

	it('another version of the code', () => {
		const code = encodeCode('quiz', 2, new BitWriter().write(0, 4));
		expect(decodeQuizResult(code, sets)).toEqual({
			ok: false,
			error: expect.stringMatching(/versi kursus yang lain \(versi 2\)/),
		});
	});

	it('a quiz set the course does not have', () => {
		const code = encodeCode('quiz', 1, new BitWriter().write(9, 4).write(0, 5).write(0, 10));
		expect(decodeQuizResult(code, sets)).toEqual({
			ok: false,
			error: 'Kode ini menyebut kuis nomor 9, yang tidak ada di kursus ini.',
		});
	});

	it('a code of another set than the one being collected', () => {
		const code = encodeQuizResult(worst, 1, {});
		expect(decodeQuizResult(code, sets, 'pre-test')).toEqual({
			ok: false,
			error: 'Ini kode Post-test, bukan Pre-test. Pilih "Post-test" di daftar kuis dulu untuk mencatatnya.',
		});
	});

	it('a code made from other questions (an outdated copy of the page)', () => {
		const older: CodeSet = { ...mixed, items: mixed.items.slice(0, 4) };
		expect(setFingerprint(older)).not.toBe(setFingerprint(mixed));
		const code = encodeQuizResult(older, 1, {});
		expect(decodeQuizResult(code, sets)).toEqual({ ok: false, error: expect.stringMatching(/versi soal yang lain/) });
	});

	it('an answer that does not exist, and a code longer than its answers', () => {
		const header = () => new BitWriter().write(2, 4).write(setFingerprint(mixed), 5).write(0, 10);
		// a1 has four options (values 0–4 in 3 bits): 7 names no option.
		const bad = header().write(7, 3);
		expect(decodeQuizResult(encodeCode('quiz', 1, bad), sets)).toEqual({
			ok: false,
			error: 'Kode berisi jawaban yang tidak ada pada soal 1.',
		});
		const long = header().write(1, 3).write(0, 4).write(0, 2).write(0, 2).write(0, 2).write(0, 10);
		expect(decodeQuizResult(encodeCode('quiz', 1, long), sets)).toEqual({
			ok: false,
			error: expect.stringMatching(/lebih panjang/),
		});
	});

	it('refuses to encode a participant number out of range or an item with no A–D shape', () => {
		expect(() => encodeQuizResult(mixed, 1000, {})).toThrow(RangeError);
		const five = item({
			id: 'f',
			type: 'single',
			options: ['a', 'b', 'c', 'd', 'e'].map((o) => ({ id: o, text: o, correct: o === 'a' })),
		});
		expect(() => encodeQuizResult({ ...mixed, items: [five] }, null, {})).toThrow(/at most 4/);
	});
});

describe('quiz result codes under fuzzing (typed or read from a QR)', () => {
	let state = 97;
	const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
	const pick = (s: string) => s[Math.floor(random() * s.length)]!;

	it('2,000 random and mutated inputs: each decodes to exactly what was encoded, or is refused with a message', () => {
		for (let i = 0; i < 2000; i++) {
			const set = sets[i % sets.length]!;
			const answers: Record<string, unknown> = {};
			for (const it of set.items) if (it.type === 'single' && random() < 0.8) answers[it.id] = it.options[Math.floor(random() * it.options.length)]!.id;
			const code = encodeQuizResult(set, random() < 0.5 ? null : 1 + Math.floor(random() * 999), answers);
			const at = Math.floor(random() * code.length);
			const inputs = [
				code.slice(0, at) + pick(ALPHABET) + code.slice(at + 1),
				code.slice(0, at) + code.slice(at + 1),
				code.slice(0, at) + pick(ALPHABET) + code.slice(at),
				Array.from({ length: Math.floor(random() * 30) }, () => pick(`${ALPHABET}ilo- _?<>"\u00e9`)).join(''),
			];
			for (const input of inputs) {
				const decoded = decodeQuizResult(input, sets);
				if (decoded.ok) expect(input.toUpperCase()).toBe(code);
				else expect(decoded.error.length).toBeGreaterThan(5);
			}
		}
	});
});
