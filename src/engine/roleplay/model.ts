/**
 * The role-play's negotiation model, shared by scoring, the frontier, the computer counterpart and
 * the debrief. Pure functions over plain scenario data (see src/schemas/roleplay.ts).
 *
 * A package is one option index per item, in item order.
 */
export type Side = 'marvel' | 'batman';
export const SIDES: readonly Side[] = ['marvel', 'batman'];
export type Package = readonly number[];

export interface OptionModel {
	marvel: number;
	batman: number;
	outsideMandate: readonly Side[];
}

export interface SideModel {
	reservation: number;
	batna: { points: number };
}

/** The part of a scenario the engine needs; a validated Scenario fits it. */
export interface ScenarioModel {
	items: readonly { options: readonly OptionModel[] }[];
	sides: { marvel: SideModel; batman: SideModel };
}

export function otherSide(side: Side): Side {
	return side === 'marvel' ? 'batman' : 'marvel';
}

/** Whether `pkg` names one existing option for every item. */
export function isPackage(scenario: ScenarioModel, pkg: readonly unknown[]): pkg is Package {
	return (
		pkg.length === scenario.items.length &&
		pkg.every((o, i) => Number.isInteger(o) && (o as number) >= 0 && (o as number) < scenario.items[i]!.options.length)
	);
}

/** The points a package is worth to one side. */
export function score(scenario: ScenarioModel, side: Side, pkg: Package): number {
	return scenario.items.reduce((sum, item, i) => sum + item.options[pkg[i]!]![side], 0);
}

/** Item indices of a package that `side` has no mandate to sign. */
export function outsideMandate(scenario: ScenarioModel, side: Side, pkg: Package): number[] {
	return scenario.items.flatMap((item, i) => (item.options[pkg[i]!]!.outsideMandate.includes(side) ? [i] : []));
}

export function signable(scenario: ScenarioModel, side: Side, pkg: Package): boolean {
	return outsideMandate(scenario, side, pkg).length === 0;
}

/** What each side gets when there is no agreement: its BATNA. */
export function noDeal(scenario: ScenarioModel): Record<Side, number> {
	return { marvel: scenario.sides.marvel.batna.points, batman: scenario.sides.batman.batna.points };
}

/** How many points an item can swing for a side: its weight in that side's eyes. */
export function itemRange(scenario: ScenarioModel, side: Side, item: number): number {
	const points = scenario.items[item]!.options.map((o) => o[side]);
	return Math.max(...points) - Math.min(...points);
}

/** The option of an item a side likes best (the first, if two tie). */
export function bestOption(scenario: ScenarioModel, side: Side, item: number): number {
	const points = scenario.items[item]!.options.map((o) => o[side]);
	return points.indexOf(Math.max(...points));
}

/** The package a side likes best, ignoring the other side and mandates. */
export function idealPackage(scenario: ScenarioModel, side: Side): number[] {
	return scenario.items.map((_, i) => bestOption(scenario, side, i));
}

/** Item indices by their weight for a side, heaviest first (ties keep item order). */
export function priorities(scenario: ScenarioModel, side: Side): number[] {
	return scenario.items.map((_, i) => i).sort((a, b) => itemRange(scenario, side, b) - itemRange(scenario, side, a) || a - b);
}

const packageCache = new WeakMap<ScenarioModel, number[][]>();

/** Every package of a scenario (at most 5^6 = 15 625), in lexicographic order. Computed once per scenario. */
export function allPackages(scenario: ScenarioModel): readonly number[][] {
	let out = packageCache.get(scenario);
	if (!out) {
		out = [[]];
		for (const item of scenario.items) out = out.flatMap((prefix) => item.options.map((_, o) => [...prefix, o]));
		packageCache.set(scenario, out);
	}
	return out;
}
