// The browser-side validator (src/schemas/guard.ts): each building block accepts what it should,
// rejects what it should with the path of the problem, strips unknown keys, and never throws from
// safeParse, whatever it is given.
import { describe, expect, it } from 'vitest';
import {
	array,
	boolean,
	int,
	literal,
	matching,
	nullable,
	number,
	object,
	oneOf,
	optional,
	record,
	Slug,
	text,
	Time,
	union,
	unknown,
} from '../../src/schemas/guard';
import { LessonMarkSchema } from '../../src/schemas/progress';
import { QuizAttemptSchema } from '../../src/schemas/quiz-result';
import { SoloActionSchema } from '../../src/schemas/roleplay-solo';

const ok = (s: { safeParse(x: unknown): { success: boolean } }, x: unknown) => s.safeParse(x).success;
const pathOf = (s: { safeParse(x: unknown): { success: boolean; error?: { issues: { path: (string | number)[] }[] } } }, x: unknown) =>
	s.safeParse(x).error?.issues[0]?.path;

describe('text', () => {
	it('checks type, length and pattern', () => {
		expect(ok(text(), '')).toBe(true);
		expect(ok(text(3), 'abcd')).toBe(false);
		expect(ok(text(3, 1), '')).toBe(false);
		expect(ok(text(3, 1), 'abc')).toBe(true);
		expect(ok(text(), 3)).toBe(false);
		expect(ok(Slug, 'sub-modul-1')).toBe(true);
		expect(ok(Slug, 'Sub Modul')).toBe(false);
		expect(ok(matching(/^\d\.\d{1,2}$/), '2.4')).toBe(true);
		expect(ok(matching(/^\d\.\d{1,2}$/), '2.456')).toBe(false);
	});
});

describe('numbers', () => {
	it('checks range and whole numbers, and refuses NaN and Infinity', () => {
		expect(ok(int(1, 999), 1)).toBe(true);
		expect(ok(int(1, 999), 0)).toBe(false);
		expect(ok(int(1, 999), 1000)).toBe(false);
		expect(ok(int(), 1.5)).toBe(false);
		expect(ok(int(), 2 ** 60)).toBe(false);
		expect(ok(number(0), 0.5)).toBe(true);
		expect(ok(number(0), -0.5)).toBe(false);
		expect(ok(number(), Number.NaN)).toBe(false);
		expect(ok(number(), Number.POSITIVE_INFINITY)).toBe(false);
		expect(ok(Time, Date.now())).toBe(true);
		expect(ok(Time, -1)).toBe(false);
		expect(ok(number(), '3')).toBe(false);
	});
});

describe('simple values', () => {
	it('boolean, literal, oneOf, unknown', () => {
		expect(ok(boolean(), false)).toBe(true);
		expect(ok(boolean(), 'true')).toBe(false);
		expect(ok(literal('ask'), 'ask')).toBe(true);
		expect(ok(literal('ask'), 'offer')).toBe(false);
		expect(ok(oneOf([2, 4]), 4)).toBe(true);
		expect(ok(oneOf([2, 4]), '4')).toBe(false);
		expect(unknown().parse({ any: ['thing'] })).toEqual({ any: ['thing'] });
	});
});

describe('containers', () => {
	it('array checks each item and its size, with the index in the path', () => {
		expect(ok(array(int(), 3), [1, 2, 3])).toBe(true);
		expect(ok(array(int(), 3), [1, 2, 3, 4])).toBe(false);
		expect(ok(array(int(), 6, 4), [1, 2, 3])).toBe(false);
		expect(pathOf(array(int()), [1, 'x'])).toEqual([1]);
		expect(ok(array(int()), { 0: 1 })).toBe(false);
	});

	it('record checks keys and values', () => {
		expect(ok(record(Slug, Time), { cetak: 1 })).toBe(true);
		expect(pathOf(record(Slug, Time), { 'Bukan Id': 1 })).toEqual(['Bukan Id']);
		expect(pathOf(record(Slug, Time), { cetak: -1 })).toEqual(['cetak']);
		expect(ok(record(Slug, Time), [1])).toBe(false);
		expect(ok(record(Slug, Time), null)).toBe(false);
		const polluted = record(text(), int()).parse(JSON.parse('{"__proto__": 1, "a": 2}'));
		expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
		expect(Object.keys(polluted)).toEqual(['a']);
	});

	it('object requires its fields, allows optional ones to be missing and drops unknown keys', () => {
		const S = object({ a: int(), b: optional(text()), c: nullable(int()) });
		expect(S.parse({ a: 1, c: null, extra: 'x' })).toEqual({ a: 1, c: null });
		expect(S.parse({ a: 1, b: 'y', c: 2 })).toEqual({ a: 1, b: 'y', c: 2 });
		expect(pathOf(S, { b: 'y', c: 2 })).toEqual(['a']);
		expect(pathOf(S, { a: 1 })).toEqual(['c']);
		expect(pathOf(object({ inner: object({ n: int() }) }), { inner: { n: 'x' } })).toEqual(['inner', 'n']);
		expect(() => S.parse({})).toThrow(/a:/);
	});

	it('union takes the first option that fits', () => {
		const U = union([text(3), array(int())]);
		expect(U.parse('abc')).toBe('abc');
		expect(U.parse([1])).toEqual([1]);
		expect(ok(U, 'abcd')).toBe(false);
		expect(SoloActionSchema.parse({ type: 'offer', pkg: [0, 1, 2, 3], stray: 1 })).toEqual({ type: 'offer', pkg: [0, 1, 2, 3] });
		expect(ok(SoloActionSchema, { type: 'offer', pkg: [0, 1] })).toBe(false);
	});
});

describe('schemas built with it', () => {
	it('read back what the course writes', () => {
		expect(LessonMarkSchema.parse({ visitedAt: 1, updatedAt: 2 })).toEqual({ visitedAt: 1, updatedAt: 2 });
		const attempt = { startedAt: 1, finishedAt: null, seed: -3, itemIds: ['k1-a'], answers: { 'k1-a': 'b' }, score: 0, max: 1 };
		expect(QuizAttemptSchema.parse(attempt)).toEqual(attempt);
		expect(ok(QuizAttemptSchema, { ...attempt, participant: 0 })).toBe(false);
	});

	it('never throw from safeParse, whatever they are given', () => {
		const odd: unknown[] = [undefined, null, 0, -1, '', 'x', [], {}, [[]], { __proto__: null }, Symbol('s'), () => 1, new Date(), Number.NaN, 10n];
		for (const value of odd) {
			expect(() => LessonMarkSchema.safeParse(value)).not.toThrow();
			expect(() => QuizAttemptSchema.safeParse(value)).not.toThrow();
			expect(() => SoloActionSchema.safeParse(value)).not.toThrow();
		}
	});
});
