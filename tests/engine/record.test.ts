import { describe, expect, it } from 'vitest';
import { int, object } from '../../src/schemas/guard';
import { decodeRecord, encodeRecord, recordKey, type RecordSpec } from '../../src/engine/record';

const spec: RecordSpec<{ n: number }> = {
	name: 'contoh',
	label: 'contoh',
	version: 2,
	schema: object({ n: int() }),
};

describe('saved records', () => {
	it('are keyed by name and version', () => {
		expect(recordKey(spec as RecordSpec<unknown>)).toBe('paradiplomasi:contoh:v2');
	});

	it('round-trip through their envelope', () => {
		const raw = encodeRecord(spec, { n: 3 });
		expect(JSON.parse(raw)).toEqual({ v: 2, data: { n: 3 } });
		expect(decodeRecord(spec, raw)).toEqual({ ok: true, data: { n: 3 } });
	});

	it('read nothing saved as no data', () => {
		for (const raw of [undefined, null, '']) expect(decodeRecord(spec, raw)).toEqual({ ok: true, data: undefined });
	});

	it.each([
		['{"v":2,"data":', /bukan JSON/],
		['[1,2]', /format yang dikenal/],
		['{"v":1,"data":{"n":3}}', /versi lain \(v1\)/],
		['{"v":2,"data":{"n":"tiga"}}', /tidak sah: n keliru/],
		['{"v":2}', /format yang dikenal/],
	])('reject %s with a message, never throwing', (raw, message) => {
		const decoded = decodeRecord(spec, raw);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.problem).toMatch(message);
	});
});
