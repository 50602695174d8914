/**
 * Deterministic shuffling: the same seed always gives the same order, on the server and in the
 * browser, so the order a learner saw can be rebuilt from the seed alone (a quiz attempt stores it).
 */

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
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates); the input is not changed. */
export function shuffle<T>(list: readonly T[], seed: number): T[] {
	const out = [...list];
	const random = createRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
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
