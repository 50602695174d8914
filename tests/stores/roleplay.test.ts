// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeResult } from '../../src/engine/roleplay/result-code';

const SESSION = 'paradiplomasi:roleplay-session:v1';
const PRACTICE = 'paradiplomasi:roleplay:v1';
const SOLO = 'paradiplomasi:roleplay-solo:v1';
const shapes = [
	{ id: 'pembangunan', number: 1, optionCounts: [3, 3, 3, 4, 3] },
	{ id: 'perdagangan', number: 2, optionCounts: [3, 3, 3, 3, 3] },
	{ id: 'investasi', number: 3, optionCounts: [3, 3, 3, 3, 3, 3] },
];
const setup = { count: 12, names: ['Ani'], groupSize: 2 as const, oddRule: 'observer' as const, issueMode: 'rotate', seed: 3 };

async function load() {
	vi.resetModules();
	return {
		...(await import('../../src/stores/roleplay-session')),
		...(await import('../../src/stores/roleplay-practice')),
		...(await import('../../src/stores/roleplay-solo')),
		...(await import('../../src/stores/backups')),
	};
}

beforeEach(() => localStorage.clear());

describe('$roleplaySession', () => {
	it('saves the setup under its versioned key and reads it back after a reload', async () => {
		const first = await load();
		first.$roleplaySession.listen(() => {});
		first.saveSetup(setup, 1000);
		first.controlTimer('membaca', { type: 'start' }, 2000);
		const saved = JSON.parse(localStorage.getItem(SESSION)!);
		expect(saved.v).toBe(1);
		expect(saved.data).toMatchObject({ count: 12, names: ['Ani'], seed: 3 });
		const second = await load();
		expect(second.$roleplaySession.get()?.timers.membaca.startedAt).toBe(2000);
	});

	it('collects a valid code, and refuses a bad one without changing anything', async () => {
		const page = await load();
		page.$roleplaySession.listen(() => {});
		expect(page.collectCode('ABC', shapes)).toEqual({ ok: false, error: 'Bentuk kelompok dulu sebelum mengumpulkan kode.' });
		page.saveSetup(setup, 1);
		const before = localStorage.getItem(SESSION);
		expect(page.collectCode('not a code', shapes)).toMatchObject({ ok: false });
		expect(localStorage.getItem(SESSION)).toBe(before);
		const code = encodeResult({ scenario: 2, group: 2, signed: false, reason: 'tidak-percaya' });
		expect(page.collectCode(code, shapes, 5)).toEqual({ ok: true, group: 2, signed: false, replaced: false, otherScenario: null });
		expect(page.$roleplaySession.get()!.results['2']!.code).toBe(code);
		page.discardCode(2, 6);
		expect(page.$roleplaySession.get()!.results).toEqual({});
	});

	it('keeps a corrupt session as a backup and starts empty', async () => {
		localStorage.setItem(SESSION, '{"v":1,"data":{"count":3}}');
		const page = await load();
		expect(page.$roleplaySession.get()).toBeNull();
		expect(page.$backups.get()).toEqual([expect.objectContaining({ key: SESSION, raw: '{"v":1,"data":{"count":3}}', problem: expect.stringMatching(/sesi permainan peran/) })]);
	});
});

describe('$roleplayPractice and $soloGame', () => {
	const attempt = { side: 'marvel' as const, level: 'tegas' as const, seed: 1, outcome: 'deal' as const, options: [0, 0, 2, 2, 1], learner: 63, counterpart: 74, met: ['dealOk'], missed: [], finishedAt: 10 };

	it('records finished games in the learner\'s progress, the last 20 per scenario', async () => {
		const page = await load();
		page.$roleplayPractice.listen(() => {});
		for (let i = 0; i < 22; i++) page.recordRoleplayAttempt('pembangunan', { ...attempt, seed: i }, 100 + i);
		const saved = JSON.parse(localStorage.getItem(PRACTICE)!);
		expect(saved.v).toBe(1);
		expect(saved.items.pembangunan.attempts).toHaveLength(20);
		expect(saved.items.pembangunan.attempts[0].seed).toBe(2);
		const again = await load();
		expect(again.$roleplayPractice.get().pembangunan!.updatedAt).toBe(121);
	});

	it('saves a game in progress as its actions, and sets aside one it cannot read', async () => {
		const page = await load();
		page.$soloGame.listen(() => {});
		page.startSoloGame({ scenario: 'pembangunan', side: 'batman', level: 'keras', seed: 9 });
		page.saveSoloAction({ type: 'prepare', topItem: 1, reservation: 50 });
		expect(JSON.parse(localStorage.getItem(SOLO)!).data.actions).toEqual([{ type: 'prepare', topItem: 1, reservation: 50 }]);
		page.endSoloGame();
		expect(page.$soloGame.get()).toBeNull();

		localStorage.setItem(SOLO, JSON.stringify({ v: 1, data: { config: { scenario: 'x', side: 'marvel', level: 'tegas', seed: 1 }, actions: [{ type: 'offer', pkg: [9] }], recorded: false } }));
		const broken = await load();
		expect(broken.$soloGame.get()).toBeNull();
		expect(broken.$backups.get()).toHaveLength(1);
	});
});
