import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/data/roleplay';
import { countdownState, formatClock, newCountdown, pauseCountdown, resetCountdown, startCountdown } from '../../../src/engine/countdown';
import { toCsv } from '../../../src/engine/csv';
import { debriefRows, debriefSummary } from '../../../src/engine/roleplay/debrief';
import { printPages } from '../../../src/engine/roleplay/print';
import { encodeResult } from '../../../src/engine/roleplay/result-code';
import { addResult, applySetup, collectedResults, newSession, participantName, removeResult, sessionGroups, setOverride, timerAction, type Setup } from '../../../src/engine/roleplay/session';
import { RoleplaySessionSchema } from '../../../src/schemas/roleplay-session';

const scenarios = loadScenarios();
const shapes = scenarios.map((s) => ({ id: s.id, number: s.number, optionCounts: s.items.map((i) => i.options.length) }));
const ids = scenarios.map((s) => s.id);
const setup: Setup = { count: 12, names: ['Ani', ' Budi ', ''], groupSize: 2, oddRule: 'observer', issueMode: 'rotate', seed: 42 };

describe('the facilitator session', () => {
	it('starts valid, with the default timers', () => {
		const session = newSession(setup, 1000);
		expect(RoleplaySessionSchema.parse(session)).toEqual(session);
		expect(session.names).toEqual(['Ani', 'Budi', '']);
		expect(session.timers.membaca.durationMs).toBe(15 * 60_000);
		expect(session.timers.negosiasi.durationMs).toBe(30 * 60_000);
	});

	it('names participants by their given name, or by number', () => {
		const session = newSession(setup, 0);
		expect(participantName(session, 1, 'Peserta {{n}}')).toBe('Budi');
		expect(participantName(session, 2, 'Peserta {{n}}')).toBe('Peserta 3');
		expect(participantName(session, 11, 'Peserta {{n}}')).toBe('Peserta 12');
	});

	it('forms six pairs for 12 participants, rotating the three issues, with hand-made changes', () => {
		let session = newSession(setup, 1000);
		expect(sessionGroups(session, ids).map((g) => g.scenario)).toEqual([...ids, ...ids]);
		session = setOverride(session, 2, 'investasi', 2000);
		expect(sessionGroups(session, ids)[1]!.scenario).toBe('investasi');
		const one = applySetup(session, { ...setup, issueMode: 'perdagangan' }, 3000);
		expect(sessionGroups(one, ids).every((g) => g.scenario === 'perdagangan')).toBe(true);
	});

	it('keeps timers and codes when the setup changes', () => {
		let session = timerAction(newSession(setup, 0), 'membaca', { type: 'start' }, 1000);
		const code = encodeResult({ scenario: 1, group: 1, signed: false, reason: 'waktu-habis' });
		const added = addResult(session, code, shapes, 2000);
		if (!added.ok) throw new Error(added.error);
		session = applySetup(added.session, { ...setup, seed: 7 }, 3000);
		expect(session.timers.membaca.startedAt).toBe(1000);
		expect(Object.keys(session.results)).toEqual(['1']);
	});

	it('collects a code, replaces a group\'s second code, and refuses codes it cannot place', () => {
		const session = newSession(setup, 0);
		const first = addResult(session, encodeResult({ scenario: 1, group: 1, signed: true, options: [0, 0, 2, 1, 1] }), shapes, 10);
		expect(first).toMatchObject({ ok: true, replaced: false, otherScenario: null });
		if (!first.ok) return;
		const again = addResult(first.session, encodeResult({ scenario: 1, group: 1, signed: false, reason: 'tidak-percaya' }), shapes, 20);
		expect(again).toMatchObject({ ok: true, replaced: true });
		const elsewhere = addResult(session, encodeResult({ scenario: 3, group: 1, signed: false, reason: 'waktu-habis' }), shapes, 30);
		expect(elsewhere).toMatchObject({ ok: true, otherScenario: 'pembangunan' });
		expect(addResult(session, encodeResult({ scenario: 1, group: 7, signed: false, reason: 'waktu-habis' }), shapes, 40)).toEqual({
			ok: false,
			error: 'Kode ini untuk kelompok 7, padahal sesi ini hanya punya 6 kelompok.',
		});
		expect(addResult(session, 'ZZZZ-ZZZZ', shapes, 50)).toMatchObject({ ok: false, error: expect.stringMatching(/salah ketik|tidak lolos/) });
		if (!again.ok) return;
		expect(removeResult(again.session, 1, 60).results).toEqual({});
	});

	it('stores codes in their normal form, so a typed code reads back the same', () => {
		const code = encodeResult({ scenario: 2, group: 3, signed: false, reason: 'butir-macet', item: 4 });
		const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
		const added = addResult(newSession(setup, 0), typed, shapes, 1);
		if (!added.ok) throw new Error(added.error);
		expect(added.session.results['3']!.code).toBe(code);
		expect(collectedResults(added.session, shapes).get(3)).toEqual({ scenario: 2, group: 3, signed: false, reason: 'butir-macet', item: 4 });
	});
});

describe('timers', () => {
	it('count from stored times and survive a pause', () => {
		let c = newCountdown(15);
		expect(countdownState(c, 0)).toMatchObject({ remainingMs: 900_000, running: false, started: false });
		c = startCountdown(c, 1000);
		expect(countdownState(c, 61_000)).toMatchObject({ remainingMs: 840_000, running: true, started: true });
		c = pauseCountdown(c, 61_000);
		expect(countdownState(c, 999_999)).toMatchObject({ remainingMs: 840_000, running: false });
		c = startCountdown(c, 100_000);
		expect(countdownState(c, 100_000 + 840_000)).toMatchObject({ remainingMs: 0, finished: true, overrunMs: 0 });
		expect(countdownState(c, 100_000 + 900_000)).toMatchObject({ overrunMs: 60_000 });
		expect(countdownState(resetCountdown(c), 5)).toMatchObject({ remainingMs: 900_000, started: false });
	});

	it('do not give time back when the clock is set back', () => {
		const c = startCountdown(newCountdown(1), 10_000);
		expect(countdownState(c, 5_000).elapsedMs).toBe(0);
	});

	it('format minutes and seconds, rounding up', () => {
		expect(formatClock(900_000)).toBe('15:00');
		expect(formatClock(59_001)).toBe('01:00');
		expect(formatClock(0)).toBe('00:00');
		expect(formatClock(-5)).toBe('00:00');
		expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
	});

	it('are clamped to 1–240 minutes when set by hand', () => {
		const session = newSession(setup, 0);
		expect(timerAction(session, 'negosiasi', { type: 'minutes', minutes: 0 }, 1).timers.negosiasi.durationMs).toBe(60_000);
		expect(timerAction(session, 'negosiasi', { type: 'minutes', minutes: 999 }, 1).timers.negosiasi.durationMs).toBe(240 * 60_000);
	});
});

describe('the debrief', () => {
	const session = newSession(setup, 0);
	const groups = sessionGroups(session, ids).map((g) => ({ number: g.number, scenario: g.scenario }));
	const results = new Map([
		[1, { scenario: 1, group: 1, signed: true as const, options: [0, 0, 2, 2, 1] }],
		[2, { scenario: 2, group: 2, signed: false as const, reason: 'waktu-habis' as const }],
		[3, { scenario: 3, group: 3, signed: false as const, reason: 'butir-macet' as const, item: 1 }],
		[4, { scenario: 1, group: 4, signed: true as const, options: [1, 1, 1, 1, 1] }],
		[5, { scenario: 2, group: 5, signed: true as const, options: [2, 2, 2, 2, 2] }],
	]);
	const rows = debriefRows(scenarios, groups, results);

	it('scores each group, with BATNAs for groups that did not sign', () => {
		expect(rows[0]).toMatchObject({ group: 1, scenario: 'pembangunan', signed: true, marvel: 63, batman: 74, joint: 137, gap: 0 });
		expect(rows[1]).toMatchObject({ group: 2, signed: false, reason: 'waktu-habis', marvel: 30, batman: 40, joint: 70 });
		expect(rows[2]).toMatchObject({ group: 3, reason: 'butir-macet', item: 1 });
		expect(rows[5]).toMatchObject({ group: 6, signed: null });
		expect(rows[0]!.belowReservation).toEqual([]);
	});

	it('flags agreements below a reservation value or outside a mandate', () => {
		expect(rows[4]).toMatchObject({ group: 5, outsideMandate: ['marvel'], belowReservation: ['marvel'] });
	});

	it('counts signed, not signed, not reported, and the reasons; and the spread per scenario', () => {
		const summary = debriefSummary(scenarios, rows);
		expect(summary).toMatchObject({ signed: 3, notSigned: 2, notReported: 1 });
		expect(summary.reasons).toEqual({ 'waktu-habis': 1, 'alternatif-lebih-baik': 0, 'tidak-ada-mandat': 0, 'tidak-percaya': 0, 'butir-macet': 1 });
		const pembangunan = summary.spread.find((s) => s.scenario === 'pembangunan')!;
		expect(pembangunan).toMatchObject({ reported: 2, signed: 2, jointMin: 115, jointMax: 137, jointMean: 126, onFrontier: 1, bestJoint: 137 });
	});
});

describe('printing', () => {
	it('counts two pages per negotiator\'s sheet, one per observer, one form per group, six cards a page', () => {
		const groups = sessionGroups(newSession(setup, 0), ids);
		expect(printPages(groups, { sheets: true, forms: true, cards: true })).toBe(24 + 6 + 2);
		expect(printPages(groups, { sheets: false, forms: false, cards: true })).toBe(2);
		const odd = sessionGroups(newSession({ ...setup, count: 13 }, 0), ids);
		expect(printPages(odd, { sheets: true, forms: false, cards: false })).toBe(24 + 1);
	});
});

describe('CSV', () => {
	it('quotes what needs quoting and defuses formulas', () => {
		expect(toCsv([['a', 'b,c', 'd"e'], [1, '=1+1', '-x']])).toBe('\uFEFFa,"b,c","d""e"\r\n1,\'=1+1,\'-x\r\n');
	});
});
