// Fuzz: random strings and every kind of typing slip on real codes. Each input is either decoded
// to exactly what was encoded, or refused with a message; nothing throws.
import { describe, expect, it } from 'vitest';
import { ALPHABET, BitWriter, decodeCode, encodeCode, normaliseCode } from '../../src/engine/codes';

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('result-code decoder under fuzzing', () => {
	const random = rng(20261123);
	const pick = (s: string) => s[Math.floor(random() * s.length)]!;

	it('2,000 random strings: refused with a message or (rarely) a well-formed code, never a throw', () => {
		const junk = `${ALPHABET}ilo-_ .,;:!?<>"'\`{}[]éü\u0000\u200b漢`;
		for (let i = 0; i < 2000; i++) {
			const length = Math.floor(random() * 30);
			const text = Array.from({ length }, () => pick(junk)).join('');
			const decoded = decodeCode(text, 'quiz');
			if (!decoded.ok) expect(decoded.error.length).toBeGreaterThan(5);
		}
	});

	it('2,000 typing slips on real codes are all detected', () => {
		let checked = 0;
		while (checked < 2000) {
			const w = new BitWriter();
			const values = Array.from({ length: 20 }, () => Math.floor(random() * 4));
			for (const v of values) w.write(v, 2);
			const code = encodeCode('quiz', 1, w);
			const i = Math.floor(random() * code.length);
			const slips = [
				code.slice(0, i) + pick(ALPHABET.replace(code[i]!, '')) + code.slice(i + 1),
				i + 1 < code.length && code[i] !== code[i + 1] ? code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2) : undefined,
			];
			for (const slip of slips) {
				if (slip === undefined || normaliseCode(slip) === code) continue;
				expect(decodeCode(slip, 'quiz').ok).toBe(false);
				checked++;
			}
			const good = decodeCode(code, 'quiz');
			expect(good.ok).toBe(true);
			if (good.ok) expect(values.map(() => good.reader.read(2))).toEqual(values);
		}
	});
});
