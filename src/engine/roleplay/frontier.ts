/**
 * Outcomes of a scenario in points, the Pareto frontier (agreements no other agreement beats for
 * both sides at once), and how far an agreement falls short of it.
 */
import { allPackages, score, signable, type Package, type ScenarioModel, type Side } from './model';

export interface Outcome {
	pkg: Package;
	marvel: number;
	batman: number;
}

export interface Point {
	marvel: number;
	batman: number;
}

const cache = new WeakMap<ScenarioModel, Outcome[]>();

/** Every package both sides have a mandate to sign, with its points for each side. */
export function signableOutcomes(scenario: ScenarioModel): Outcome[] {
	let outcomes = cache.get(scenario);
	if (!outcomes) {
		outcomes = allPackages(scenario)
			.filter((pkg) => signable(scenario, 'marvel', pkg) && signable(scenario, 'batman', pkg))
			.map((pkg) => ({ pkg, marvel: score(scenario, 'marvel', pkg), batman: score(scenario, 'batman', pkg) }));
		cache.set(scenario, outcomes);
	}
	return outcomes;
}

/** Whether `a` is at least as good as `b` for both sides and better for one. */
export function dominates(a: Point, b: Point): boolean {
	return a.marvel >= b.marvel && a.batman >= b.batman && (a.marvel > b.marvel || a.batman > b.batman);
}

/** The Pareto frontier over signable packages: one outcome per point, by Marvel's points ascending. */
export function paretoFrontier(scenario: ScenarioModel): Outcome[] {
	const sorted = [...signableOutcomes(scenario)].sort((a, b) => b.marvel - a.marvel || b.batman - a.batman);
	const frontier: Outcome[] = [];
	let bestBatman = -Infinity;
	for (const o of sorted) {
		if (o.batman > bestBatman) {
			frontier.push(o);
			bestBatman = o.batman;
		}
	}
	return frontier.reverse();
}

/**
 * Points "left on the table": the most that both sides together could still have gained from an
 * agreement on the frontier that is no worse for either of them. 0 for an agreement on the frontier.
 */
export function gapToFrontier(scenario: ScenarioModel, point: Point): number {
	let gap = 0;
	for (const f of paretoFrontier(scenario))
		if (f.marvel >= point.marvel && f.batman >= point.batman)
			gap = Math.max(gap, f.marvel - point.marvel + (f.batman - point.batman));
	return gap;
}

/** Outcomes both sides may sign and that meet both reservation values: the zone of possible agreement. */
export function agreementZone(scenario: ScenarioModel): Outcome[] {
	const { marvel, batman } = scenario.sides;
	return signableOutcomes(scenario).filter((o) => o.marvel >= marvel.reservation && o.batman >= batman.reservation);
}

/** The largest joint score any signable agreement reaches. */
export function bestJoint(scenario: ScenarioModel): number {
	return Math.max(...paretoFrontier(scenario).map((o) => o.marvel + o.batman));
}

export function pointOf(scenario: ScenarioModel, pkg: Package): Record<Side, number> {
	return { marvel: score(scenario, 'marvel', pkg), batman: score(scenario, 'batman', pkg) };
}
