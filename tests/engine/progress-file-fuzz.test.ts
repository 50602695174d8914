// Fuzz: random progress encoded to files, then damaged in every way a file can be (bytes flipped,
// cut, repeated; values changed with or without refitting the check), plus random text and JSON.
// Each input is either decoded to exactly what was encoded, or refused with a message; nothing throws.
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/engine/checksum';
import { seededRandom } from '../../src/engine/random';
import { decodeProgressFile, encodeProgressFile, type DecodedProgress, type SliceData } from '../../src/engine/progress-file';

const random = seededRandom(20261124);
const int = (max: number) => Math.floor(random() * max);
const chance = (p: number) => random() < p;
const pick = <T,>(list: readonly T[]): T => list[int(list.length)]!;
const time = () => 1_700_000_000_000 + int(200_000_000_000);
const WORDS = ['sister city', 'Bappeda', 'NTB', '<img src=x onerror=alert(1)>', 'Zhejiang', 'é ü', '漢字', '"kutip"', '\\', '', 'a\nb'];
const text = () => Array.from({ length: int(4) }, () => pick(WORDS)).join(' ');
const id = (prefix: string) => `${prefix}${int(1000)}`;

function json(depth = 0): unknown {
	switch (int(depth > 2 ? 4 : 6)) {
		case 0:
			return int(100);
		case 1:
			return text();
		case 2:
			return chance(0.5);
		case 3:
			return null;
		case 4:
			return Array.from({ length: int(4) }, () => json(depth + 1));
		default:
			return Object.fromEntries(Array.from({ length: int(4) }, () => [id('k'), json(depth + 1)]));
	}
}

function items<T>(make: () => T, prefix: string): Record<string, T> {
	return Object.fromEntries(Array.from({ length: int(6) }, () => [id(prefix), make()]));
}

function progress(): SliceData {
	return {
		lessons: items(() => {
			const updatedAt = time();
			return { ...(chance(0.8) ? { visitedAt: updatedAt - int(1000) } : {}), ...(chance(0.7) ? { doneAt: chance(0.8) ? updatedAt : null } : {}), updatedAt };
		}, 'sub-modul-1/pelajaran-'),
		exercises: items(() => {
			const max = int(10);
			return { answer: json(), score: chance(0.2) ? max / 3 : int(max + 1), max, completed: chance(0.6), attempts: int(5), updatedAt: time() };
		}, 'sm2-'),
		quizzes: items(
			() => ({
				attempts: Array.from({ length: int(3) }, () => {
					const startedAt = time();
					const max = 1 + int(20);
					return { startedAt, finishedAt: chance(0.8) ? startedAt + int(900_000) : null, seed: int(2 ** 31) - 2 ** 30, itemIds: [id('q'), id('q')], answers: { [id('q')]: json() }, score: int(max + 1), max };
				}),
				updatedAt: time(),
			}),
			'kuis-',
		),
		roleplay: items(
			() => ({
				attempts: Array.from({ length: int(3) }, () => ({
					side: pick(['marvel', 'batman'] as const),
					level: pick(['kooperatif', 'tegas', 'keras'] as const),
					seed: int(2 ** 31),
					outcome: pick(['deal', 'learner-walked', 'counterpart-walked', 'time-up'] as const),
					options: chance(0.5) ? [int(4), int(4), int(4)] : null,
					learner: int(100) - 20,
					counterpart: int(100),
					met: chance(0.5) ? ['prepOk'] : [],
					missed: chance(0.5) ? ['tradeGap'] : [],
					finishedAt: time(),
				})),
				updatedAt: time(),
			}),
			'skenario-',
		),
		learner: chance(0.5) ? { peserta: { name: text().slice(0, 120), nip: chance(0.5) ? '198001012005012001' : '', agency: text().slice(0, 160), updatedAt: time() } } : {},
	};
}

/** Small damage to the text of a file: the sort of thing a broken copy or a stray edit does. */
function damage(file: string): string {
	const i = int(file.length);
	const junk = pick(['"', '{', '}', ',', ':', '0', '9', 'x', ' ', '\n', 'é', '\u0000', 'null', '[', ']']);
	switch (int(7)) {
		case 0:
			return file.slice(0, i) + junk + file.slice(i + 1);
		case 1:
			return file.slice(0, i) + junk + file.slice(i);
		case 2:
			return file.slice(0, i) + file.slice(i + 1 + int(20));
		case 3:
			return file.slice(0, i);
		case 4: {
			const j = int(file.length);
			return file.slice(0, Math.min(i, j)) + file.slice(Math.min(i, j), Math.max(i, j)).repeat(2) + file.slice(Math.max(i, j));
		}
		case 5: {
			const c = file.charCodeAt(i) ^ (1 << int(7));
			return file.slice(0, i) + String.fromCharCode(c) + file.slice(i + 1);
		}
		default:
			return file.replace(/\d/g, (d) => (chance(0.02) ? String((Number(d) + 1) % 10) : d));
	}
}

/** Every place in a JSON value, as a path of keys. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [at];
	const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return [at, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, k]))];
}

/** A change to one value somewhere in the parsed file, optionally with the check refitted. */
function change(file: string, refit: boolean): string {
	const data = JSON.parse(file) as Record<string, unknown>;
	const path = pick(paths(data).filter((p) => p.length > 0));
	const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as Record<string | number, unknown>, data as Record<string | number, unknown>);
	const key = path.at(-1)!;
	const replacement = pick([() => json(), () => -1, () => 1e300, () => 0.5, () => '', () => null, () => [], () => ({}), () => undefined])();
	if (replacement === undefined) {
		if (Array.isArray(parent)) parent.splice(Number(key), 1);
		else delete parent[key];
	} else parent[key] = replacement;
	if (refit) {
		const { checksum: _, ...body } = data;
		return JSON.stringify({ ...body, checksum: checksumOf(body) });
	}
	return JSON.stringify(data);
}

function expectRefusedOrEqual(decoded: DecodedProgress, expected: { exportedAt: number; slices: SliceData } | undefined) {
	if (!decoded.ok) {
		expect(decoded.problem).toMatch(/^\S.{10,}tidak berubah\.$/s);
		return 'refused';
	}
	if (expected) expect(decoded).toEqual({ ok: true, ...expected });
	return 'accepted';
}

describe('progress-file decoder under fuzzing (seeded, deterministic)', () => {
	it('2,000 damaged files: each is refused with a message or read back as exactly what was encoded', () => {
		const outcomes = { accepted: 0, refused: 0 };
		for (let i = 0; i < 2000; i++) {
			const data = progress();
			const at = time();
			const file = encodeProgressFile(data, at);
			const damaged = damage(file);
			let decoded: DecodedProgress | undefined;
			expect(() => (decoded = decodeProgressFile(damaged))).not.toThrow();
			outcomes[expectRefusedOrEqual(decoded!, { exportedAt: at, slices: data })]++;
			// The undamaged file always reads back.
			if (i % 10 === 0) expect(decodeProgressFile(file)).toEqual({ ok: true, exportedAt: at, slices: data });
		}
		expect(outcomes.refused).toBeGreaterThan(1500);
	}, 60_000);

	it('1,000 files with one value changed: refused unless the check is refitted and the change is valid', () => {
		const outcomes = { accepted: 0, refused: 0 };
		for (let i = 0; i < 1000; i++) {
			const data = progress();
			const at = time();
			const refit = chance(0.5);
			const changed = change(encodeProgressFile(data, at), refit);
			let decoded: DecodedProgress | undefined;
			expect(() => (decoded = decodeProgressFile(changed))).not.toThrow();
			if (!refit) {
				// Without a fitting check a change is only accepted if it changed nothing.
				outcomes[expectRefusedOrEqual(decoded!, { exportedAt: at, slices: data })]++;
				continue;
			}
			// With a fitting check, what is accepted is exactly what the changed file says: a new
			// export of it reads back the same.
			const result = expectRefusedOrEqual(decoded!, undefined);
			outcomes[result]++;
			if (decoded!.ok) expect(decodeProgressFile(encodeProgressFile(decoded!.slices, decoded!.exportedAt))).toEqual(decoded);
		}
		expect(outcomes.refused).toBeGreaterThan(500);
		expect(outcomes.accepted).toBeGreaterThan(0);
	}, 60_000);

	it('1,000 random texts and JSON values: refused with a message, none throws', () => {
		const alphabet = '{}[]":,0123456789.-eE truefalsnul\\/\n\u0000é漢';
		for (let i = 0; i < 1000; i++) {
			const input = chance(0.5)
				? Array.from({ length: int(80) }, () => pick([...alphabet])).join('')
				: JSON.stringify(chance(0.5) ? json() : { format: chance(0.7) ? 'paradiplomasi-progres' : text(), version: pick([1, 2, 0, '1', null]), exportedAt: pick([new Date(time()).toISOString(), text()]), slices: json(), checksum: pick(['00000000', text(), 12]) });
			let decoded: DecodedProgress | undefined;
			expect(() => (decoded = decodeProgressFile(input))).not.toThrow();
			expect(decoded!.ok).toBe(false);
			expectRefusedOrEqual(decoded!, undefined);
		}
	}, 60_000);
});
