/**
 * A very small validator for what the browser reads back: saved records, imported files and
 * messages between windows. It checks shape, types, lengths, ranges and patterns, strips unknown
 * object keys, and infers TypeScript types, like zod, for about a tenth of the bytes zod/mini adds
 * to every page (see tests/bench). The build-time content schemas stay on zod for its detailed
 * error messages; nothing here is shown to learners beyond the path of the first problem.
 */

export interface Issue {
	path: (string | number)[];
	message: string;
}

export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

export interface Schema<T> {
	/** Checks `input`; on success `data` is a copy without unknown object keys. */
	safeParse(input: unknown): Parsed<T>;
	/** Like safeParse, but throws on the first problem. */
	parse(input: unknown): T;
	/** @internal Checks `input` at `path`, returning the clean value or throwing an Invalid. */
	check(input: unknown, path: (string | number)[]): T;
	/** @internal Set on optional(): the key may be missing from its object. */
	optional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

class Invalid {
	constructor(
		readonly path: (string | number)[],
		readonly message: string,
	) {}
}

function schema<T>(check: (input: unknown, path: (string | number)[]) => T, optional?: true): Schema<T> {
	return {
		check,
		optional,
		safeParse(input) {
			try {
				return { success: true, data: check(input, []) };
			} catch (problem) {
				if (problem instanceof Invalid) return { success: false, error: { issues: [{ path: problem.path, message: problem.message }] } };
				throw problem;
			}
		},
		parse(input) {
			const result = this.safeParse(input);
			if (result.success) return result.data;
			const [issue] = result.error.issues;
			throw new TypeError(`${issue!.path.join('.') || '(root)'}: ${issue!.message}`);
		},
	};
}

const fail = (path: (string | number)[], message: string): never => {
	throw new Invalid(path, message);
};

function within(size: number, min: number, max: number, path: (string | number)[], what: string) {
	if (size < min) fail(path, `${what} kurang dari ${min}`);
	if (size > max) fail(path, `${what} lebih dari ${max}`);
}

/** Text of `min` to `max` characters, optionally matching `pattern`. */
export const text = (max = Infinity, min = 0, pattern?: RegExp) =>
	schema((input, path) => {
		if (typeof input !== 'string') return fail(path, 'bukan teks');
		within(input.length, min, max, path, 'panjang');
		if (pattern && !pattern.test(input)) fail(path, 'format keliru');
		return input;
	});

/** Text matching `pattern`, e.g. an id or a step key. */
export const matching = (pattern: RegExp) => text(Infinity, 0, pattern);

/** A number from `min` to `max`; `whole` requires a safe integer. */
export const number = (min = -Infinity, max = Infinity, whole = false) =>
	schema((input, path) => {
		if (typeof input !== 'number' || !Number.isFinite(input)) return fail(path, 'bukan angka');
		if (whole && !Number.isSafeInteger(input)) fail(path, 'bukan bilangan bulat');
		within(input, min, max, path, 'nilai');
		return input;
	});

/** A whole number from `min` to `max`. */
export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => number(min, max, true);

/** Milliseconds since the epoch. */
export const Time = int(0);

/** A lowercase id such as "cetak" or "pembangunan". */
export const Slug = matching(/^[a-z0-9-]+$/);

export const boolean = () => schema((input, path) => (typeof input === 'boolean' ? input : fail(path, 'bukan ya/tidak')));

/** Anything (kept as it is); the caller checks it further. */
export const unknown = () => schema((input) => input);

/** One of the given values, compared with ===. */
export const oneOf = <const T extends readonly (string | number | boolean)[]>(values: T) =>
	schema((input, path) => (values.includes(input as T[number]) ? (input as T[number]) : fail(path, `bukan salah satu dari ${values.join(', ')}`)));

/** Like `oneOf([value])`. */
export const literal = <const T extends string | number | boolean>(value: T) => oneOf([value] as const);

/** A list of `min` to `max` items. */
export const array = <T>(item: Schema<T>, max = Infinity, min = 0) =>
	schema((input, path) => {
		if (!Array.isArray(input)) return fail(path, 'bukan daftar');
		within(input.length, min, max, path, 'jumlah');
		return input.map((value, i) => item.check(value, [...path, i]));
	});

const isPlain = (input: unknown): input is Record<string, unknown> =>
	typeof input === 'object' && input !== null && !Array.isArray(input);

/** A map from keys that pass `key` to values that pass `value`. */
export const record = <V>(key: Schema<string>, value: Schema<V>) =>
	schema((input, path) => {
		if (!isPlain(input)) return fail(path, 'bukan objek');
		const out: Record<string, V> = {};
		for (const [k, v] of Object.entries(input))
			// A "__proto__" key (JSON.parse makes it an own key) would replace the copy's prototype.
			if (k !== '__proto__') out[key.check(k, [...path, k])] = value.check(v, [...path, k]);
		return out;
	});

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flat<
	{ [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with the given fields; other keys are dropped. */
export const object = <S extends Shape>(shape: S) =>
	schema((input, path) => {
		if (!isPlain(input)) return fail(path, 'bukan objek');
		const out: Record<string, unknown> = {};
		for (const [k, field] of Object.entries(shape)) {
			if (input[k] === undefined && field.optional) continue;
			out[k] = field.check(input[k], [...path, k]);
		}
		return out as ObjectOf<S>;
	});

/** The first of `options` that accepts the input. */
export const union = <const O extends readonly Schema<unknown>[]>(options: O) =>
	schema((input, path) => {
		for (const option of options) {
			const result = option.safeParse(input);
			if (result.success) return result.data as Infer<O[number]>;
		}
		return fail(path, 'tidak cocok dengan bentuk mana pun');
	});

export const nullable = <T>(inner: Schema<T>) => schema((input, path): T | null => (input === null ? null : inner.check(input, path)));

/** A field that may be missing (or undefined). */
export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } =>
	schema((input, path): T | undefined => (input === undefined ? undefined : inner.check(input, path)), true) as Schema<T | undefined> & {
		optional: true;
	};
