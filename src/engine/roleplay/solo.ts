/**
 * The solo practice (*latihan mandiri*) as a pure state machine that follows the module's five
 * steps: preparation (the learner answers two questions about the sheet), opening (the learner
 * chooses what to say), then offers and counter-offers (stating a position, discussing, asking the
 * counterpart about its interests), until an agreement, a walk-away or the end of time. A game is
 * its configuration plus the list of actions, so it can be saved and replayed exactly.
 */
import { answerQuestion, LEVEL_SPECS, respond, type Answer, type Level } from './counterpart';
import { isPackage, outsideMandate, otherSide, score, type Package, type ScenarioModel, type Side } from './model';

export interface SoloConfig {
	/** The scenario's id. */
	scenario: string;
	/** The side the learner plays. */
	side: Side;
	level: Level;
	seed: number;
}

/** What the learner may say in the opening; the last one is a poor move on purpose. */
export const OPENING_MOVES = ['perkenalan', 'tujuan', 'bahasa', 'waktu', 'keputusan', 'tuntutan'] as const;
export type OpeningMove = (typeof OPENING_MOVES)[number];
export const GOOD_OPENING: readonly OpeningMove[] = ['perkenalan', 'tujuan', 'bahasa', 'waktu', 'keputusan'];

export type SoloAction =
	| { type: 'prepare'; topItem: number; reservation: number }
	| { type: 'open'; moves: OpeningMove[] }
	| { type: 'ask' }
	| { type: 'offer'; pkg: number[] }
	| { type: 'accept' }
	| { type: 'walk' };

export type Turn =
	| { by: 'learner'; type: 'offer'; pkg: number[] }
	| { by: 'learner'; type: 'ask' | 'accept' | 'walk' }
	| { by: 'counterpart'; type: 'counter'; pkg: number[] }
	| { by: 'counterpart'; type: 'accept' }
	| { by: 'counterpart'; type: 'walk'; reason: 'time' | 'stubborn' }
	| { by: 'counterpart'; type: 'answer'; answer: Answer };

export type OutcomeKind = 'deal' | 'learner-walked' | 'counterpart-walked' | 'time-up';

export interface SoloOutcome {
	kind: OutcomeKind;
	/** The agreed package, or null without agreement. */
	pkg: number[] | null;
	/** Points for the learner and the counterpart (their BATNA without agreement). */
	learner: number;
	counterpart: number;
}

export type Phase = 'persiapan' | 'pembukaan' | 'perundingan' | 'selesai';

export interface SoloState {
	phase: Phase;
	prep: { topItem: number; reservation: number } | null;
	opening: OpeningMove[] | null;
	/** Rounds the counterpart allows: one more after a complete, courteous opening. */
	rounds: number;
	/** The learner's offers so far. */
	offers: number[][];
	asked: number;
	turns: Turn[];
	/** The counterpart's latest counter-offer, which the learner may accept. */
	counter: number[] | null;
	outcome: SoloOutcome | null;
}

export type SoloError =
	| { code: 'phase' }
	| { code: 'package' }
	| { code: 'mandate'; items: number[] }
	| { code: 'no-counter' };

export function startSolo(config: SoloConfig): SoloState {
	return {
		phase: 'persiapan',
		prep: null,
		opening: null,
		rounds: LEVEL_SPECS[config.level].rounds,
		offers: [],
		asked: 0,
		turns: [],
		counter: null,
		outcome: null,
	};
}

/** Whether the opening covered everything the lesson lists and made no premature demand. */
export function openingComplete(moves: readonly OpeningMove[]): boolean {
	return GOOD_OPENING.every((m) => moves.includes(m)) && !moves.includes('tuntutan');
}

function finish(scenario: ScenarioModel, config: SoloConfig, state: SoloState, kind: OutcomeKind, pkg: number[] | null, turns: Turn[]): SoloState {
	const other = otherSide(config.side);
	const outcome: SoloOutcome = pkg
		? { kind, pkg, learner: score(scenario, config.side, pkg), counterpart: score(scenario, other, pkg) }
		: { kind, pkg: null, learner: scenario.sides[config.side].batna.points, counterpart: scenario.sides[other].batna.points };
	return { ...state, phase: 'selesai', turns, counter: null, outcome };
}

export function soloStep(
	scenario: ScenarioModel,
	config: SoloConfig,
	state: SoloState,
	action: SoloAction,
): { state: SoloState; error?: SoloError } {
	const fail = (error: SoloError) => ({ state, error });
	const other = otherSide(config.side);
	switch (action.type) {
		case 'prepare':
			if (state.phase !== 'persiapan') return fail({ code: 'phase' });
			return { state: { ...state, phase: 'pembukaan', prep: { topItem: action.topItem, reservation: action.reservation } } };
		case 'open': {
			if (state.phase !== 'pembukaan') return fail({ code: 'phase' });
			const moves = OPENING_MOVES.filter((m) => action.moves.includes(m));
			const rounds = state.rounds + (openingComplete(moves) ? 1 : 0);
			return { state: { ...state, phase: 'perundingan', opening: moves, rounds } };
		}
		case 'ask': {
			if (state.phase !== 'perundingan') return fail({ code: 'phase' });
			const asked = state.asked + 1;
			const answer = answerQuestion(scenario, other, config.level, asked);
			return { state: { ...state, asked, turns: [...state.turns, { by: 'learner', type: 'ask' }, { by: 'counterpart', type: 'answer', answer }] } };
		}
		case 'offer': {
			if (state.phase !== 'perundingan') return fail({ code: 'phase' });
			if (!isPackage(scenario, action.pkg)) return fail({ code: 'package' });
			const pkg = [...action.pkg];
			const blocked = outsideMandate(scenario, config.side, pkg);
			if (blocked.length > 0) return fail({ code: 'mandate', items: blocked });
			const offers = [...state.offers, pkg];
			const turns: Turn[] = [...state.turns, { by: 'learner', type: 'offer', pkg }];
			const response = respond({ scenario, side: other, level: config.level, seed: config.seed, round: offers.length, rounds: state.rounds, offers });
			const next = { ...state, offers };
			if (response.type === 'accept') return { state: finish(scenario, config, next, 'deal', pkg, [...turns, { by: 'counterpart', type: 'accept' }]) };
			if (response.type === 'walk')
				return {
					state: finish(scenario, config, next, response.reason === 'time' ? 'time-up' : 'counterpart-walked', null, [
						...turns,
						{ by: 'counterpart', type: 'walk', reason: response.reason },
					]),
				};
			return { state: { ...next, counter: response.pkg, turns: [...turns, { by: 'counterpart', type: 'counter', pkg: response.pkg }] } };
		}
		case 'accept': {
			if (state.phase !== 'perundingan') return fail({ code: 'phase' });
			if (!state.counter) return fail({ code: 'no-counter' });
			const blocked = outsideMandate(scenario, config.side, state.counter);
			if (blocked.length > 0) return fail({ code: 'mandate', items: blocked });
			return { state: finish(scenario, config, state, 'deal', state.counter, [...state.turns, { by: 'learner', type: 'accept' }]) };
		}
		case 'walk':
			if (state.phase !== 'perundingan') return fail({ code: 'phase' });
			return { state: finish(scenario, config, state, 'learner-walked', null, [...state.turns, { by: 'learner', type: 'walk' }]) };
	}
}

/** Replays saved actions; an action that fails is skipped (it was never saved in the first place). */
export function replaySolo(scenario: ScenarioModel, config: SoloConfig, actions: readonly SoloAction[]): SoloState {
	return actions.reduce((state, action) => soloStep(scenario, config, state, action).state, startSolo(config));
}

/** The points of a package for the learner and the counterpart. */
export function soloPoints(scenario: ScenarioModel, config: SoloConfig, pkg: Package): { learner: number; counterpart: number } {
	return { learner: score(scenario, config.side, pkg), counterpart: score(scenario, otherSide(config.side), pkg) };
}
