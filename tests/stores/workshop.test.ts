// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planFromSessions } from '../../src/engine/schedule';

const KEY = 'paradiplomasi:workshop:v1';
const plan = planFromSessions([
	{
		number: 1,
		process: [
			{ title: 'A', minutes: 30 },
			{ title: 'B', minutes: 60 },
		],
	},
	{ number: 2, process: [{ title: 'C', minutes: 90 }] },
]);

async function load() {
	vi.resetModules();
	const store = await import('../../src/stores/workshop');
	const backups = await import('../../src/stores/backups');
	return { ...store, ...backups };
}

beforeEach(() => localStorage.clear());

describe('$workshop', () => {
	it('starts from an empty day at 08:00', async () => {
		const page = await load();
		expect(page.$workshop.get()).toMatchObject({ start: '08:00', day: null, breaks: [], hold: null });
	});

	it('saves every change under the versioned key and reads it back in a new page', async () => {
		const first = await load();
		first.$workshop.listen(() => {});
		first.setStartTime('07:30');
		first.addBreak(plan, 'teh');
		first.setWorkshopDate('2026-11-20');
		const saved = JSON.parse(localStorage.getItem(KEY)!);
		expect(saved.v).toBe(1);
		expect(saved.data).toMatchObject({ start: '07:30', day: '2026-11-20', breaks: [{ id: 'teh-1', after: '1.2' }] });
		const second = await load();
		expect(second.$workshop.get().breaks).toHaveLength(1);
	});

	it('records an end, a hold and a stretch from the clock it is given', async () => {
		const page = await load();
		page.$workshop.listen(() => {});
		page.setWorkshopDate('2026-11-20');
		const at = (h: number, m: number) => new Date(2026, 10, 20, h, m).getTime();
		page.advanceStep(plan, at(8, 10));
		expect(page.$workshop.get().ended).toEqual({ '1.1': at(8, 10) });
		page.toggleHoldStep(plan, at(8, 20));
		expect(page.$workshop.get().hold).toBe('1.2');
		page.adjustItem(plan, '2.1', -10, at(8, 20));
		expect(page.$workshop.get().adjust).toEqual({ '2.1': 80 });
		page.resetDay();
		expect(page.$workshop.get()).toMatchObject({ ended: {}, hold: null, adjust: {} });
	});

	it('ignores a malformed start time or date instead of saving it', async () => {
		const page = await load();
		page.$workshop.listen(() => {});
		page.setStartTime('25:00');
		page.setWorkshopDate('kemarin');
		expect(localStorage.getItem(KEY)).toBeNull();
	});

	it('keeps a corrupt record as a backup and starts from an empty day', async () => {
		localStorage.setItem(KEY, '{"v":1,"data":{"start":"8 pagi"}}');
		const page = await load();
		expect(page.$workshop.get().start).toBe('08:00');
		expect(page.$backups.get()).toEqual([
			expect.objectContaining({ key: KEY, raw: '{"v":1,"data":{"start":"8 pagi"}}' }),
		]);
	});

	it('takes a change another window saved (the presenter reads the run sheet)', async () => {
		const page = await load();
		page.$workshop.listen(() => {});
		const other = {
			v: 1,
			data: { start: '09:00', day: null, startedAt: null, breaks: [], adjust: {}, ended: {}, hold: null },
		};
		localStorage.setItem(KEY, JSON.stringify(other));
		window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other) }));
		expect(page.$workshop.get().start).toBe('09:00');
	});
});

describe('$prepChecklist', () => {
	it('ticks and unticks items, saved on the device', async () => {
		vi.resetModules();
		const { $prepChecklist, tickItem, clearChecklist, PREP_CHECKLIST_KEY } =
			await import('../../src/stores/prep-checklist');
		$prepChecklist.listen(() => {});
		tickItem('cetak-agenda', true, 100);
		tickItem('ruang-spidol', true, 200);
		tickItem('cetak-agenda', false, 300);
		expect($prepChecklist.get()).toEqual({ 'ruang-spidol': 200 });
		expect(JSON.parse(localStorage.getItem(PREP_CHECKLIST_KEY)!)).toEqual({ v: 1, data: { 'ruang-spidol': 200 } });
		clearChecklist();
		expect($prepChecklist.get()).toEqual({});
	});
});
