import { describe, expect, it } from 'vitest';
import { ALPHABET, BitWriter, encodeCode } from '../../../src/engine/codes';
import { decodeResult, encodeResult, NO_DEAL_REASONS, type GroupResult } from '../../../src/engine/roleplay/result-code';
import { loadScenarios } from '../../../src/data/roleplay';
import { seededRandom } from '../../../src/engine/random';

const scenarios = loadScenarios().map((s) => ({ number: s.number, optionCounts: s.items.map((i) => i.options.length) }));

function product(counts: readonly number[]): number[][] {
	return counts.reduce<number[][]>((acc, n) => acc.flatMap((p) => Array.from({ length: n }, (_, o) => [...p, o])), [[]]);
}

describe('role-play result codes', () => {
	it('round-trip every agreement of every scenario', () => {
		for (const s of scenarios)
			for (const options of product(s.optionCounts)) {
				const result: GroupResult = { scenario: s.number, group: (options.reduce((a, b) => a + b, 0) % 100) + 1, signed: true, options };
				expect(decodeResult(encodeResult(result), scenarios)).toEqual({ ok: true, result });
			}
	});

	it('round-trip every reason for not signing, and the item that blocked', () => {
		for (const s of scenarios)
			for (const reason of NO_DEAL_REASONS) {
				const result: GroupResult =
					reason === 'butir-macet' ? { scenario: s.number, group: 200, signed: false, reason, item: s.optionCounts.length - 1 } : { scenario: s.number, group: 1, signed: false, reason };
				expect(decodeResult(encodeResult(result), scenarios)).toEqual({ ok: true, result });
			}
	});

	it('are short enough to read out: at most 11 symbols, 14 characters with hyphens', () => {
		const longest = encodeResult({ scenario: 3, group: 255, signed: true, options: [2, 2, 2, 2, 2, 2] });
		expect(longest.length).toBeLessThanOrEqual(11);
	});

	function code(write: (w: BitWriter) => void, version = 1): string {
		const w = new BitWriter();
		write(w);
		return encodeCode('roleplay', version, w);
	}

	it('reject malformed codes with a clear Indonesian message', () => {
		const good = encodeResult({ scenario: 1, group: 3, signed: true, options: [0, 1, 2, 3, 1] });
		const typo = good.slice(0, 4) + ALPHABET[(ALPHABET.indexOf(good[4]!) + 1) % 32] + good.slice(5);
		expect(decodeResult(typo, scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/salah ketik/) });
		expect(decodeResult('', scenarios)).toEqual({ ok: false, error: 'Kode masih kosong.' });
		expect(decodeResult('ABC!', scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/karakter yang tidak dipakai/) });
		expect(decodeResult(null, scenarios)).toMatchObject({ ok: false });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(1, 1), 2), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/versi kursus yang lain \(versi 2\)/) });
		expect(decodeResult(code((w) => w.write(9, 4).write(3, 8).write(0, 1).write(1, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/skenario nomor 9/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(0, 8).write(0, 1).write(1, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/Nomor kelompok/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(1, 1).write(3, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/pilihan yang tidak ada pada butir 1/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(1, 1).write(0, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/terlalu pendek/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(0, 1).write(7, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/alasan yang tidak dikenal/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(0, 1).write(5, 3).write(6, 3)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/butir yang tidak ada/) });
		expect(decodeResult(code((w) => w.write(1, 4).write(3, 8).write(0, 1).write(1, 3).write(31, 5).write(31, 5)), scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/lebih panjang dari seharusnya/) });
		const quiz = encodeCode('quiz', 1, new BitWriter().write(5, 8));
		expect(decodeResult(quiz, scenarios)).toMatchObject({ ok: false, error: expect.stringMatching(/kode kuis, bukan kode permainan peran/) });
	});

	it('never throw, whatever is typed', () => {
		const next = seededRandom(2026);
		const random = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * 32)]).join('');
		for (let i = 0; i < 2000; i++) {
			const text = i % 3 === 0 ? random(1 + (i % 20)) : encodeResult({ scenario: 2, group: 1 + (i % 200), signed: false, reason: 'tidak-percaya' }).slice(0, 1 + (i % 11));
			const decoded = decodeResult(text, scenarios);
			if (!decoded.ok) expect(decoded.error).toMatch(/\S/);
		}
	});
});
