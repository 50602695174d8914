/**
 * Checks that a scenario makes a good teaching negotiation. The schema runs these at build time,
 * so a scenario that breaks one fails the build with a message that says what to change.
 */
import { agreementZone, signableOutcomes } from './frontier';
import { bestOption, idealPackage, itemRange, score, SIDES, type ScenarioModel, type Side } from './model';

export interface DesignProblem {
	path: (string | number)[];
	message: string;
}

/** Options ranked in exactly opposite orders by the two sides, with no ties: a pure split. */
export function isDistributive(scenario: ScenarioModel, item: number): boolean {
	const options = scenario.items[item]!.options;
	for (let a = 0; a < options.length; a++)
		for (let b = a + 1; b < options.length; b++) {
			const m = options[a]!.marvel - options[b]!.marvel;
			const t = options[a]!.batman - options[b]!.batman;
			if (m === 0 || t === 0 || Math.sign(m) === Math.sign(t)) return false;
		}
	return true;
}

/** Both sides like the same option best (and the item matters to both). */
export function isCompatible(scenario: ScenarioModel, item: number): boolean {
	const options = scenario.items[item]!.options;
	return (
		itemRange(scenario, 'marvel', item) > 0 &&
		itemRange(scenario, 'batman', item) > 0 &&
		options.some((o) => SIDES.every((side) => o[side] === Math.max(...options.map((x) => x[side]))))
	);
}

/** Pairs of items that weigh more for one side than for the other, in opposite directions. */
export function tradePairs(scenario: ScenarioModel): [number, number][] {
	const pairs: [number, number][] = [];
	const n = scenario.items.length;
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++)
			if (
				i < j &&
				(itemRange(scenario, 'marvel', i) - itemRange(scenario, 'marvel', j)) *
					(itemRange(scenario, 'batman', i) - itemRange(scenario, 'batman', j)) <
					0
			)
				pairs.push([i, j]);
	return pairs;
}

export function scenarioProblems(scenario: ScenarioModel): DesignProblem[] {
	const problems: DesignProblem[] = [];
	const add = (path: (string | number)[], message: string) => problems.push({ path, message });

	for (const side of SIDES) {
		const best = scenario.items.reduce((sum, _, i) => sum + scenario.items[i]!.options[bestOption(scenario, side, i)]![side], 0);
		if (best !== 100)
			add(['items'], `${side}'s best option on every item adds up to ${best} points, not 100: adjust the "${side}" points so the ideal package is worth exactly 100.`);
		scenario.items.forEach((item, i) => {
			if (item.options.every((o) => o.outsideMandate.includes(side)))
				add(['items', i, 'options'], `Every option of item ${i + 1} is outside ${side}'s mandate: leave at least one option ${side} may sign.`);
		});
	}
	if (problems.length > 0) return problems;

	if (agreementZone(scenario).length === 0)
		add(['sides'], 'No package both sides may sign meets both reservation values: lower a "reservation" or make an item worth trading.');
	for (const side of SIDES) {
		const other: Side = side === 'marvel' ? 'batman' : 'marvel';
		const ideal = idealPackage(scenario, side);
		if (score(scenario, other, ideal) >= scenario.sides[other].reservation)
			add(
				['sides', other, 'reservation'],
				`${side}'s ideal package already meets ${other}'s reservation value, so a deal is guaranteed: raise ${other}'s "reservation" or give ${other} fewer points for ${side}'s favourite options.`,
			);
	}
	if (signableOutcomes(scenario).some((o) => o.marvel === 100 && o.batman === 100))
		add(['items'], 'One package gives both sides 100 points: there is nothing to negotiate. Make the sides prefer different options on some items.');
	if (!scenario.items.some((_, i) => isDistributive(scenario, i)))
		add(['items'], 'No item is purely distributive: give one item options that the two sides rank in exactly opposite order, with no ties.');
	if (!scenario.items.some((_, i) => isCompatible(scenario, i)))
		add(['items'], 'No item is compatible: give one item an option that both sides like best (each side should not know the other does).');
	if (tradePairs(scenario).length === 0)
		add(['items'], 'There is no room to trade: make at least one item weigh more for Marvel and another weigh more for Batman.');
	return problems;
}
