/**
 * A check over JSON data for files the course writes and reads back (exported work, progress):
 * CRC-32 over the UTF-8 bytes of a canonical JSON text (object keys sorted), so the same data
 * always gives the same check however its keys were ordered. It detects damage and hand edits,
 * not deliberate forgery.
 */

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

export function crc32(text: string): number {
	let crc = 0xffffffff;
	for (const byte of new TextEncoder().encode(text)) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** JSON with object keys in sorted order at every level. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v,
	);
}

/** The check of some JSON data, as eight hex digits. */
export function checksumOf(value: unknown): string {
	return crc32(canonicalJson(value)).toString(16).padStart(8, '0');
}
