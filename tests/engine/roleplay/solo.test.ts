import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/data/roleplay';
import { LEVEL_SPECS } from '../../../src/engine/roleplay/counterpart';
import { soloFeedback } from '../../../src/engine/roleplay/feedback';
import { idealPackage, score } from '../../../src/engine/roleplay/model';
import { GOOD_OPENING, replaySolo, soloStep, startSolo, type SoloAction, type SoloConfig } from '../../../src/engine/roleplay/solo';

const [pembangunan, perdagangan] = loadScenarios();
const s = pembangunan!;
const config: SoloConfig = { scenario: s.id, side: 'marvel', level: 'tegas', seed: 11 };
const ready: SoloAction[] = [
	{ type: 'prepare', topItem: 0, reservation: 50 },
	{ type: 'open', moves: [...GOOD_OPENING] },
];

function play(actions: SoloAction[], c: SoloConfig = config) {
	return replaySolo(s, c, [...ready, ...actions]);
}

describe('a solo game', () => {
	it('follows the steps: preparation, opening, then negotiation', () => {
		let state = startSolo(config);
		expect(state.phase).toBe('persiapan');
		expect(soloStep(s, config, state, { type: 'offer', pkg: [0, 0, 0, 0, 0] }).error).toEqual({ code: 'phase' });
		state = soloStep(s, config, state, ready[0]!).state;
		expect(state.phase).toBe('pembukaan');
		state = soloStep(s, config, state, ready[1]!).state;
		expect(state.phase).toBe('perundingan');
		// A complete, courteous opening earns one more round of patience.
		expect(state.rounds).toBe(LEVEL_SPECS.tegas.rounds + 1);
		expect(soloStep(s, config, state, { type: 'prepare', topItem: 0, reservation: 1 }).error).toEqual({ code: 'phase' });
	});

	it('reaches an agreement when the counterpart gets what it needs', () => {
		// The firm counterpart opens at 95 points: nothing Marvel may sign is worth that much to it.
		expect(play([{ type: 'offer', pkg: [2, 0, 2, 2, 0] }]).outcome).toBeNull();
		const state = play([{ type: 'offer', pkg: [2, 0, 2, 2, 0] }], { ...config, level: 'kooperatif' });
		expect(state.phase).toBe('selesai');
		expect(state.outcome).toEqual({ kind: 'deal', pkg: [2, 0, 2, 2, 0], learner: 0 + 0 + 15 + 8 + 0, counterpart: 10 + 30 + 15 + 17 + 20 });
	});

	it('counters an offer it cannot take, and the learner may accept the counter-offer', () => {
		let state = play([{ type: 'offer', pkg: idealPackage(s, 'marvel') }]);
		expect(state.counter).not.toBeNull();
		expect(state.turns.at(-1)).toMatchObject({ by: 'counterpart', type: 'counter' });
		const counter = state.counter!;
		state = soloStep(s, config, state, { type: 'accept' }).state;
		expect(state.outcome).toMatchObject({ kind: 'deal', pkg: counter, learner: score(s, 'marvel', counter) });
	});

	it('refuses an offer outside the learner\'s mandate and changes nothing', () => {
		const before = play([]);
		const { state, error } = soloStep(s, config, before, { type: 'offer', pkg: [0, 0, 2, 3, 1] });
		expect(error).toEqual({ code: 'mandate', items: [3] });
		expect(state).toBe(before);
		expect(soloStep(s, config, before, { type: 'offer', pkg: [0, 0, 9, 0, 0] }).error).toEqual({ code: 'package' });
		expect(soloStep(s, config, before, { type: 'accept' }).error).toEqual({ code: 'no-counter' });
	});

	it('ends with both BATNAs when the learner walks away', () => {
		const state = play([{ type: 'offer', pkg: idealPackage(s, 'marvel') }, { type: 'walk' }]);
		expect(state.outcome).toEqual({ kind: 'learner-walked', pkg: null, learner: 35, counterpart: 40 });
	});

	it('ends when time runs out', () => {
		const c = { ...config, level: 'kooperatif' as const };
		const greedy = idealPackage(s, 'marvel');
		const rounds = LEVEL_SPECS.kooperatif.rounds + 1;
		const state = play(Array.from({ length: rounds }, () => ({ type: 'offer' as const, pkg: greedy })), c);
		expect(state.outcome?.kind).toBe('time-up');
		expect(state.offers).toHaveLength(rounds);
	});

	it('is walked out on by a tough counterpart when the learner does not move', () => {
		const c = { ...config, level: 'keras' as const };
		const greedy = idealPackage(s, 'marvel');
		const state = play([1, 2, 3].map(() => ({ type: 'offer' as const, pkg: greedy })), c);
		expect(state.outcome).toMatchObject({ kind: 'counterpart-walked', pkg: null });
	});

	it('lets the learner ask about the counterpart\'s interests without using a round', () => {
		const state = play([{ type: 'ask' }, { type: 'ask' }]);
		expect(state.asked).toBe(2);
		expect(state.offers).toHaveLength(0);
		expect(state.turns.filter((t) => t.by === 'counterpart' && t.type === 'answer')).toHaveLength(2);
	});
});

describe('feedback on a solo game', () => {
	const keys = (actions: SoloAction[], c: SoloConfig = config) => {
		const state = replaySolo(s, c, actions);
		return Object.fromEntries(soloFeedback(s, c, state).map((n) => [n.key, n]));
	};

	it('praises a prepared, courteous, curious negotiator who trades and signs above the limit', () => {
		const c = { ...config, level: 'kooperatif' as const };
		const notes = keys([...ready, { type: 'ask' }, { type: 'offer', pkg: [0, 0, 2, 0, 2] }, { type: 'offer', pkg: [0, 0, 2, 1, 1] }, { type: 'offer', pkg: [0, 0, 2, 2, 1] }], c);
		expect(replaySolo(s, c, [...ready, { type: 'offer', pkg: [0, 0, 2, 0, 2] }, { type: 'offer', pkg: [0, 0, 2, 1, 1] }, { type: 'offer', pkg: [0, 0, 2, 2, 1] }]).outcome?.kind).toBe('deal');
		expect(Object.keys(notes)).toEqual(expect.arrayContaining(['prepOk', 'openOk', 'positionOk', 'askOk', 'dealOk', 'commonOk', 'tradeOk']));
		expect(Object.keys(notes)).not.toContain('noConcession');
		expect(Object.values(notes).every((n) => ['persiapan', 'pembukaan', 'penyampaian', 'pembahasan', 'persetujuan'].includes(n.step))).toBe(true);
	});

	it('points out what was missed, with the values to show', () => {
		const notes = keys([
			{ type: 'prepare', topItem: 4, reservation: 40 },
			{ type: 'open', moves: ['tuntutan'] },
			{ type: 'offer', pkg: [2, 0, 0, 2, 0] },
		]);
		expect(notes.prepTop?.values).toEqual({ item: 0 });
		expect(notes.prepReservation?.values).toEqual({ points: 50 });
		expect(notes.openMissing?.values).toEqual({ moves: [0, 1, 2, 3, 4] });
		expect(notes.openDemand).toBeDefined();
		expect(notes.positionLow?.values).toEqual({ points: 8, reservation: 50 });
		expect(notes.askNone).toBeDefined();
	});

	it('tells a learner who walked away from a counter-offer above the limit that it was too early', () => {
		const state = replaySolo(s, config, [...ready, { type: 'offer', pkg: [0, 0, 2, 0, 2] }]);
		const counterPoints = score(s, 'marvel', state.counter!);
		const notes = keys([...ready, { type: 'offer', pkg: [0, 0, 2, 0, 2] }, { type: 'walk' }]);
		if (counterPoints >= 50) expect(notes.walkEarly?.values).toEqual({ points: counterPoints, reservation: 50 });
		else expect(notes.walkRight).toBeDefined();
	});

	it('notes a missed common interest and points left on the table', () => {
		const p = perdagangan!;
		const c: SoloConfig = { scenario: p.id, side: 'marvel', level: 'kooperatif', seed: 1 };
		// Buying through a single trader (item 4, option 2) is worse for both than the cooperative contract.
		const state = replaySolo(p, c, [...ready, { type: 'offer', pkg: [1, 1, 1, 1, 1] }]);
		if (state.outcome?.kind === 'deal') {
			const notes = Object.fromEntries(soloFeedback(p, c, state).map((n) => [n.key, n]));
			expect(notes.commonMissed?.values).toEqual({ items: [3] });
			expect(notes.tradeGap).toBeDefined();
		} else expect(state.counter).not.toBeNull();
	});
});
