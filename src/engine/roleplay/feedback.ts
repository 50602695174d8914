/**
 * Feedback on a finished solo game, tied to the module's five negotiation steps and five tips.
 * Each note has a key the page turns into a sentence (content/i18n/id.json,
 * "paradiplomasi.roleplay.feedback.<key>") and the values that sentence needs.
 */
import { isCompatible } from './design';
import { gapToFrontier } from './frontier';
import { itemRange, score, type ScenarioModel } from './model';
import { GOOD_OPENING, type SoloConfig, type SoloState } from './solo';

export type Step = 'persiapan' | 'pembukaan' | 'penyampaian' | 'pembahasan' | 'persetujuan';
export const STEPS: readonly Step[] = ['persiapan', 'pembukaan', 'penyampaian', 'pembahasan', 'persetujuan'];

export interface FeedbackNote {
	step: Step;
	/** The module's tips (1–5) the note relates to. */
	tips: number[];
	ok: boolean;
	key: string;
	/** Item indices are 0-based; the page shows their titles. */
	values: Record<string, number | number[]>;
}

/** How close to the frontier counts as a good trade. */
export const GOOD_GAP = 5;
/** How far above the reservation value an opening offer should start. */
export const AMBITION = 20;

export function soloFeedback(scenario: ScenarioModel, config: SoloConfig, state: SoloState): FeedbackNote[] {
	const notes: FeedbackNote[] = [];
	const note = (step: Step, tips: number[], ok: boolean, key: string, values: FeedbackNote['values'] = {}) =>
		notes.push({ step, tips, ok, key, values });
	const side = config.side;
	const own = scenario.sides[side];
	const outcome = state.outcome;

	// Persiapan: knowing what matters most and where the limit is.
	const ranges = scenario.items.map((_, i) => itemRange(scenario, side, i));
	const heaviest = ranges.flatMap((r, i) => (r === Math.max(...ranges) ? [i] : []));
	if (state.prep) {
		const topOk = heaviest.includes(state.prep.topItem);
		const resOk = state.prep.reservation === own.reservation;
		if (topOk && resOk) note('persiapan', [1], true, 'prepOk');
		if (!topOk) note('persiapan', [1], false, 'prepTop', { item: heaviest[0]! });
		if (!resOk) note('persiapan', [1], false, 'prepReservation', { points: own.reservation });
	}

	// Pembukaan: introductions, purpose and the three ground rules; no demands yet.
	if (state.opening) {
		const missing = GOOD_OPENING.filter((m) => !state.opening!.includes(m)).map((m) => GOOD_OPENING.indexOf(m));
		if (missing.length === 0) note('pembukaan', [3], true, 'openOk');
		else note('pembukaan', [3], false, 'openMissing', { moves: missing });
		if (state.opening.includes('tuntutan')) note('pembukaan', [3], false, 'openDemand');
	}

	// Penyampaian posisi: a clear first offer that starts well above the limit.
	const first = state.offers[0];
	if (first) {
		const points = score(scenario, side, first);
		if (points < own.reservation) note('penyampaian', [1], false, 'positionLow', { points, reservation: own.reservation });
		else if (points < own.reservation + AMBITION) note('penyampaian', [1], false, 'positionModest', { points });
		else note('penyampaian', [1], true, 'positionOk', { points });
	}

	// Pembahasan: asking questions, trading items of different value, finding common ground.
	if (state.asked > 0) note('pembahasan', [2], true, 'askOk', { asked: state.asked });
	else note('pembahasan', [2], false, 'askNone');
	if (outcome?.pkg) {
		const gap = gapToFrontier(scenario, { marvel: score(scenario, 'marvel', outcome.pkg), batman: score(scenario, 'batman', outcome.pkg) });
		// Being on the frontier only shows good trading when the learner kept their own limit.
		if (gap > GOOD_GAP) note('pembahasan', [4], false, 'tradeGap', { gap });
		else if (outcome.learner >= own.reservation) note('pembahasan', [4], true, 'tradeOk', { gap });
		const compatible = scenario.items.flatMap((_, i) => (isCompatible(scenario, i) ? [i] : []));
		const missed = compatible.filter((i) => {
			const options = scenario.items[i]!.options;
			const best = Math.max(...options.map((o) => o.marvel + o.batman));
			return options[outcome.pkg![i]!]!.marvel + options[outcome.pkg![i]!]!.batman < best;
		});
		if (missed.length === 0) note('pembahasan', [4], true, 'commonOk');
		else note('pembahasan', [4], false, 'commonMissed', { items: missed });
	}
	const distinct = new Set(state.offers.map((o) => o.join(','))).size;
	if (state.offers.length >= 3 && distinct === 1) note('pembahasan', [5], false, 'noConcession', { offers: state.offers.length });

	// Persetujuan: sign above the limit, walk away below it.
	if (outcome) {
		const lastCounter = [...state.turns].reverse().find((t) => t.by === 'counterpart' && t.type === 'counter');
		const counterPoints = lastCounter && lastCounter.type === 'counter' ? score(scenario, side, lastCounter.pkg) : null;
		switch (outcome.kind) {
			case 'deal':
				if (outcome.learner >= own.reservation) note('persetujuan', [5], true, 'dealOk', { points: outcome.learner, reservation: own.reservation });
				else note('persetujuan', [5], false, 'dealBelow', { points: outcome.learner, reservation: own.reservation });
				break;
			case 'learner-walked':
				if (counterPoints !== null && counterPoints >= own.reservation)
					note('persetujuan', [5], false, 'walkEarly', { points: counterPoints, reservation: own.reservation });
				else note('persetujuan', [5], true, 'walkRight', { batna: own.batna.points });
				break;
			case 'counterpart-walked':
				note('persetujuan', [5], false, 'walkedOut');
				break;
			case 'time-up':
				note('persetujuan', [5], false, 'timeUp', { rounds: state.offers.length });
				break;
		}
	}
	return notes;
}
