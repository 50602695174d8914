/**
 * Short codes that carry a result from one device to another by typing or by QR (quiz answers,
 * role-play agreements). Pure functions.
 *
 * A code is a string of Crockford base-32 symbols (0-9 and A-Z without I, L, O, U, so that no two
 * symbols look alike): one symbol for the kind, one for the format version, the payload packed
 * bit by bit, then two symbols of CRC-10 over everything before them. The check catches any
 * single mistyped symbol and any two neighbouring symbols swapped. Decoding ignores case, spaces
 * and hyphens, and reads I/L as 1 and O as 0.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Kinds of code; a code of one kind is refused where another is expected. */
export const CODE_KINDS = { quiz: 1, roleplay: 2 } as const;
export type CodeKind = keyof typeof CODE_KINDS;

export class BitWriter {
	private bits: number[] = [];

	/** Appends `value` (0 ≤ value < 2^width) in `width` bits, most significant first. */
	write(value: number, width: number): this {
		if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
			throw new RangeError(`value ${value} does not fit in ${width} bits`);
		for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
		return this;
	}

	get length(): number {
		return this.bits.length;
	}

	/** The bits as base-32 symbol values, zero-padded to a multiple of five. */
	symbols(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.bits.length; i += 5) {
			let v = 0;
			for (let j = 0; j < 5; j++) v = v * 2 + (this.bits[i + j] ?? 0);
			out.push(v);
		}
		return out;
	}
}

export class BitReader {
	private pos = 0;
	constructor(private readonly bits: number[]) {}

	/** Reads `width` bits; undefined when the code has fewer left. */
	read(width: number): number | undefined {
		if (this.pos + width > this.bits.length) return undefined;
		let v = 0;
		for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
		return v;
	}

	/** Bits not read yet (padding is at most four zero bits). */
	get remaining(): number {
		return this.bits.length - this.pos;
	}
}

function crc10(symbols: number[]): number {
	const poly = 0x233;
	let crc = 0;
	for (const s of symbols) {
		for (let i = 4; i >= 0; i--) {
			const bit = (s >> i) & 1;
			const top = (crc >> 9) & 1;
			crc = ((crc << 1) & 0x3ff) ^ (top ^ bit ? poly : 0);
		}
	}
	return crc;
}

/** Groups a code in blocks of four for reading aloud and typing: "1A2B-C3D4-EF". */
export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? '';
}

export function encodeCode(kind: CodeKind, version: number, payload: BitWriter): string {
	if (!Number.isInteger(version) || version < 0 || version > 31) throw new RangeError('version must be 0 to 31');
	const body = [CODE_KINDS[kind], version, ...payload.symbols()];
	const check = crc10(body);
	return [...body, check >> 5, check & 31].map((v) => ALPHABET[v]).join('');
}

export type DecodedCode = { ok: true; kind: CodeKind; version: number; reader: BitReader } | { ok: false; error: string };

const READ_AS: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Normalises what a person typed: upper case, no spaces or hyphens, I/L → 1, O → 0. */
export function normaliseCode(text: string): string {
	return text
		.toUpperCase()
		.replace(/[\s\-–—_.]/g, '')
		.replace(/[ILO]/g, (c) => READ_AS[c]!);
}

export function decodeCode(text: unknown, expected: CodeKind): DecodedCode {
	if (typeof text !== 'string') return { ok: false, error: 'Kode harus berupa teks.' };
	const code = normaliseCode(text);
	if (code.length === 0) return { ok: false, error: 'Kode masih kosong.' };
	if (code.length > 200) return { ok: false, error: 'Kode terlalu panjang; ini bukan kode dari kursus ini.' };
	const bad = [...new Set([...code].filter((c) => !ALPHABET.includes(c)))];
	if (bad.length > 0) return { ok: false, error: `Kode berisi karakter yang tidak dipakai: ${bad.join(' ')}.` };
	if (code.length < 5) return { ok: false, error: 'Kode terlalu pendek; periksa apakah ada yang terlewat.' };
	const values = [...code].map((c) => ALPHABET.indexOf(c));
	const body = values.slice(0, -2);
	const check = values[values.length - 2]! * 32 + values[values.length - 1]!;
	if (crc10(body) !== check)
		return { ok: false, error: 'Kode tidak lolos pemeriksaan: mungkin ada huruf yang salah ketik atau tertukar.' };
	const kindEntry = Object.entries(CODE_KINDS).find(([, v]) => v === body[0]);
	if (!kindEntry) return { ok: false, error: 'Jenis kode tidak dikenal.' };
	if (kindEntry[0] !== expected) {
		const names: Record<CodeKind, string> = { quiz: 'kuis', roleplay: 'permainan peran' };
		return { ok: false, error: `Ini kode ${names[kindEntry[0] as CodeKind]}, bukan kode ${names[expected]}.` };
	}
	const bits: number[] = [];
	for (const v of body.slice(2)) for (let i = 4; i >= 0; i--) bits.push((v >> i) & 1);
	return { ok: true, kind: expected, version: body[1]!, reader: new BitReader(bits) };
}
