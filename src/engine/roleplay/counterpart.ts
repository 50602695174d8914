/**
 * The computer counterpart of the solo practice: it follows its own point schedule and a
 * deterministic concession curve. It accepts an offer worth at least its current aspiration (never
 * less than its reservation value), otherwise it counters with the package closest to the offer
 * that meets that aspiration; in the last round, or when a tough counterpart sees no movement, it
 * walks away to its BATNA. A generator seeded from the game's seed and the round moves the aspiration
 * by a few points and breaks ties, so games differ but each replays exactly.
 */
import { seededRandom } from '../random';
import { allPackages, bestOption, otherSide, priorities, score, signable, type Package, type ScenarioModel, type Side } from './model';

export const LEVELS = ['kooperatif', 'tegas', 'keras'] as const;
export type Level = (typeof LEVELS)[number];

interface LevelSpec {
	/** Rounds (learner offers) before the counterpart ends the talks. */
	rounds: number;
	/** Shape of the concession curve: above 1 concedes early, below 1 holds out until late. */
	beta: number;
	/** Opening aspiration, as a share of the way from the reservation value to 100. */
	start: number;
	/** Walks away after this many offers below its reservation value that do not improve; null never. */
	stubborn: number | null;
	/** Questions it deflects before it answers. */
	deflect: number;
	/** Whether its answer names the option it prefers, not only the item that matters. */
	namesOption: boolean;
	/** Whether its counter-offers may include options the learner has no mandate to sign. */
	pushesMandate: boolean;
}

export const LEVEL_SPECS: Record<Level, LevelSpec> = {
	kooperatif: { rounds: 8, beta: 2, start: 0.75, stubborn: null, deflect: 0, namesOption: true, pushesMandate: false },
	tegas: { rounds: 7, beta: 1, start: 0.9, stubborn: 4, deflect: 0, namesOption: false, pushesMandate: false },
	keras: { rounds: 6, beta: 0.4, start: 1, stubborn: 3, deflect: 1, namesOption: false, pushesMandate: true },
};

/** The least the counterpart accepts in `round` (1-based) of `rounds`; its reservation value in the last. */
export function aspiration(level: Level, round: number, rounds: number, reservation: number): number {
	const { beta, start } = LEVEL_SPECS[level];
	const x = rounds <= 1 ? 1 : Math.min(1, Math.max(0, (round - 1) / (rounds - 1)));
	return Math.max(reservation, Math.ceil(reservation + (100 - reservation) * start * (1 - x ** (1 / beta))));
}

export type Response =
	| { type: 'accept' }
	| { type: 'counter'; pkg: number[] }
	| { type: 'walk'; reason: 'time' | 'stubborn' };

export interface RespondInput {
	scenario: ScenarioModel;
	/** The counterpart's side. */
	side: Side;
	level: Level;
	seed: number;
	round: number;
	rounds: number;
	/** The learner's offers so far, the current one last. */
	offers: readonly Package[];
}

function hamming(a: Package, b: Package): number {
	return a.reduce((n, o, i) => n + (o === b[i] ? 0 : 1), 0);
}

export function respond({ scenario, side, level, seed, round, rounds, offers }: RespondInput): Response {
	const spec = LEVEL_SPECS[level];
	const { reservation } = scenario.sides[side];
	const offer = offers[offers.length - 1]!;
	const worth = (pkg: Package) => (signable(scenario, side, pkg) ? score(scenario, side, pkg) : -1);
	const random = seededRandom((seed ^ Math.imul(round, 0x9e3779b1)) >>> 0);
	// A seeded wobble of up to three points before the last round, so that no two games are the same.
	const wanted = Math.min(100, aspiration(level, round, rounds, reservation) + (round < rounds ? Math.floor(random() * 4) : 0));
	if (worth(offer) >= wanted) return { type: 'accept' };
	if (round >= rounds) return { type: 'walk', reason: 'time' };
	if (spec.stubborn !== null && offers.length >= spec.stubborn) {
		const recent = offers.slice(-spec.stubborn).map(worth);
		if (recent.every((u, i) => u < reservation && (i === 0 || u <= recent[i - 1]!))) return { type: 'walk', reason: 'stubborn' };
	}
	const learner = otherSide(side);
	// Among counter-offers equally close to the learner's offer: the cooperative counterpart takes
	// the one best for the learner (it looks for joint gains), the firm one concedes exactly what its
	// curve allows, the tough one keeps the most for itself.
	const tieBreak: Record<Level, (c: { own: number; theirs: number }) => number> = {
		kooperatif: (c) => c.theirs,
		tegas: (c) => -c.own,
		keras: (c) => c.own,
	};
	const allowed = allPackages(scenario)
		.filter((pkg) => signable(scenario, side, pkg) && (spec.pushesMandate || signable(scenario, learner, pkg)))
		.map((pkg) => ({ pkg, own: score(scenario, side, pkg), theirs: score(scenario, learner, pkg), distance: hamming(pkg, offer) }));
	// If nothing the learner may sign reaches the aspiration yet, it asks for the best of what is left.
	const floor = Math.min(wanted, Math.max(...allowed.map((c) => c.own)));
	let best = allowed.filter((c) => c.own >= floor);
	const distance = Math.min(...best.map((c) => c.distance));
	best = best.filter((c) => c.distance === distance);
	const top = Math.max(...best.map(tieBreak[level]));
	best = best.filter((c) => tieBreak[level](c) === top);
	return { type: 'counter', pkg: [...best[Math.floor(random() * best.length)]!.pkg] };
}

export type Answer = { type: 'deflect' } | { type: 'reveal'; item: number; option?: number } | { type: 'nothing-left' };

/** The counterpart's answer to the learner's `asked`-th question (1-based) about its interests. */
export function answerQuestion(scenario: ScenarioModel, side: Side, level: Level, asked: number): Answer {
	const spec = LEVEL_SPECS[level];
	if (asked <= spec.deflect) return { type: 'deflect' };
	const item = priorities(scenario, side)[asked - spec.deflect - 1];
	if (item === undefined) return { type: 'nothing-left' };
	return spec.namesOption ? { type: 'reveal', item, option: bestOption(scenario, side, item) } : { type: 'reveal', item };
}
