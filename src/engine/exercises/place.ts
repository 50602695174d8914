/**
 * Moves a learner makes in ordering, sorting and matching exercises, as pure functions on the
 * answer. The islands call these from taps, clicks and arrow keys alike, so every way of moving
 * a part gives the same result.
 */

/** The order with `id` moved to `index` (clamped to the list). */
export function moveTo(order: readonly string[], id: string, index: number): string[] {
	const from = order.indexOf(id);
	if (from < 0) return [...order];
	const out = order.filter((x) => x !== id);
	const to = Math.max(0, Math.min(out.length, index));
	out.splice(to, 0, id);
	return out;
}

/** The order with `id` moved `delta` places up (negative) or down (positive). */
export function moveBy(order: readonly string[], id: string, delta: number): string[] {
	const from = order.indexOf(id);
	return from < 0 ? [...order] : moveTo(order, id, from + delta);
}

/** Sorting: the card put in `category`, or back to the unplaced cards when `category` is null. */
export function placeCard(placed: Readonly<Record<string, string>>, card: string, category: string | null): Record<string, string> {
	const out = { ...placed };
	if (category === null) delete out[card];
	else out[card] = category;
	return out;
}

/**
 * Sorting with arrow keys: the card moves to the next (delta 1) or previous (-1) group, where the
 * unplaced cards count as the group before the first; it stops at either end.
 */
export function stepCategory(
	placed: Readonly<Record<string, string>>,
	card: string,
	categories: readonly string[],
	delta: number,
): Record<string, string> {
	const slots = [null, ...categories];
	const current = slots.indexOf(placed[card] ?? null);
	const next = Math.max(0, Math.min(slots.length - 1, (current < 0 ? 0 : current) + delta));
	return placeCard(placed, card, slots[next]!);
}

/**
 * Matching: `right` given to `left`. A right-hand text belongs to one left item at a time, so it
 * leaves the item it was with; `right` null clears the left item.
 */
export function matchPair(chosen: Readonly<Record<string, string>>, left: string, right: string | null): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [l, r] of Object.entries(chosen)) if (l !== left && r !== right) out[l] = r;
	if (right !== null) out[left] = right;
	return out;
}
