import { describe, expect, it } from 'vitest';
import { ALPHABET, BitWriter, decodeCode, encodeCode, formatCode, normaliseCode } from '../../src/engine/codes';

function roundTrip(values: [number, number][]) {
	const w = new BitWriter();
	for (const [v, width] of values) w.write(v, width);
	const code = encodeCode('quiz', 1, w);
	const decoded = decodeCode(code, 'quiz');
	if (!decoded.ok) throw new Error(decoded.error);
	return { code, decoded, read: values.map(([, width]) => decoded.reader.read(width)) };
}

describe('result codes', () => {
	it('round-trips packed values, with kind and version', () => {
		const values: [number, number][] = [[3, 2], [0, 2], [15, 4], [1, 1], [1000, 10]];
		const { decoded, read } = roundTrip(values);
		expect(decoded.ok && decoded.version).toBe(1);
		expect(read).toEqual(values.map(([v]) => v));
	});

	it('is short: 20 answers of two bits fit in 12 symbols', () => {
		const w = new BitWriter();
		for (let i = 0; i < 20; i++) w.write(i % 4, 2);
		expect(encodeCode('quiz', 1, w)).toHaveLength(12);
	});

	it('reads what people type: lower case, spaces, hyphens, I/L/O', () => {
		const { code } = roundTrip([[5, 5], [9, 5]]);
		const typed = formatCode(code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
		expect(normaliseCode(typed)).toBe(code);
		expect(decodeCode(` ${typed} `, 'quiz').ok).toBe(true);
	});

	it('detects every single mistyped symbol', () => {
		const { code } = roundTrip([[12345, 16], [3, 2]]);
		for (let i = 0; i < code.length; i++)
			for (const c of ALPHABET) {
				if (c === code[i]) continue;
				const typo = code.slice(0, i) + c + code.slice(i + 1);
				expect(decodeCode(typo, 'quiz').ok).toBe(false);
			}
	});

	it('detects two neighbouring symbols swapped', () => {
		const { code } = roundTrip([[54321, 16], [1, 2]]);
		for (let i = 0; i + 1 < code.length; i++) {
			if (code[i] === code[i + 1]) continue;
			const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
			expect(decodeCode(swapped, 'quiz').ok).toBe(false);
		}
	});

	it('explains in Indonesian what is wrong', () => {
		expect(decodeCode('', 'quiz')).toEqual({ ok: false, error: 'Kode masih kosong.' });
		expect(decodeCode('12', 'quiz')).toMatchObject({ ok: false, error: expect.stringMatching(/terlalu pendek/) });
		expect(decodeCode('ABCD-UUUU', 'quiz')).toMatchObject({ ok: false, error: expect.stringMatching(/tidak dipakai: U/) });
		expect(decodeCode(42, 'quiz')).toMatchObject({ ok: false });
		const { code } = roundTrip([[1, 1]]);
		expect(decodeCode(code, 'roleplay')).toMatchObject({ ok: false, error: expect.stringMatching(/kode kuis, bukan kode permainan peran/) });
	});

	it('refuses a value that does not fit its width', () => {
		expect(() => new BitWriter().write(4, 2)).toThrow(RangeError);
		expect(() => new BitWriter().write(-1, 2)).toThrow(RangeError);
	});

	it('reports reading past the end as undefined', () => {
		const decoded = decodeCode(encodeCode('quiz', 1, new BitWriter().write(1, 1)), 'quiz');
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.reader.read(1)).toBe(1);
		expect(decoded.reader.read(10)).toBeUndefined();
	});
});
