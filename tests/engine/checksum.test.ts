import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, crc32 } from '../../src/engine/checksum';

describe('checksum', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32('123456789')).toBe(0xcbf43926);
		expect(crc32('')).toBe(0);
	});
	it('reads text as UTF-8', () => {
		expect(crc32('é')).toBe(crc32('\u00e9'));
		expect(crc32('é')).not.toBe(crc32('e'));
	});
	it('sorts object keys at every level, not array items', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
		expect(checksumOf({ a: 1, b: [1, 2] })).toBe(checksumOf({ b: [1, 2], a: 1 }));
		expect(checksumOf({ a: 1, b: [1, 2] })).not.toBe(checksumOf({ a: 1, b: [2, 1] }));
		expect(checksumOf({ a: 1 })).toMatch(/^[0-9a-f]{8}$/);
	});
});
