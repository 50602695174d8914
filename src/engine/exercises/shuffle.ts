/**
 * Deterministic shuffling: the same seed always gives the same order, on the server and in the
 * browser, so the order a learner saw can be rebuilt from the seed alone (a quiz attempt stores it).
 */
import { seededRandom, shuffled } from '../random';

/** A 32-bit seed from a text (FNV-1a), e.g. from an exercise id. */
export function seedFrom(text: string, salt = 0): number {
	let hash = 0x811c9dc5 ^ salt;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a small, fast generator; returns numbers in [0, 1). */
export const createRandom = seededRandom;

/** A shuffled copy (Fisher–Yates); the input is not changed. */
export function shuffle<T>(list: readonly T[], seed: number): T[] {
	return shuffled(list, seededRandom(seed));
}

/**
 * A shuffled copy that differs from the original order whenever that is possible (two or more
 * distinct items), so an ordering exercise never starts already solved.
 */
export function shuffleAway<T>(list: readonly T[], seed: number): T[] {
	const same = (a: readonly T[]) => a.every((x, i) => x === list[i]);
	for (let attempt = 0; attempt < 8; attempt++) {
		const out = shuffle(list, seed + attempt);
		if (!same(out)) return out;
	}
	// Eight identity shuffles in a row is practically impossible for three or more items; for two
	// (or a list of equal items) a rotation is the only other order.
	return list.length > 1 ? [...list.slice(1), list[0]!] : [...list];
}
