import { describe, expect, it } from 'vitest';
import { agreementZone, bestJoint, dominates, gapToFrontier, paretoFrontier, signableOutcomes } from '../../../src/engine/roleplay/frontier';
import {
	allPackages,
	bestOption,
	idealPackage,
	isPackage,
	itemRange,
	noDeal,
	outsideMandate,
	priorities,
	score,
	signable,
} from '../../../src/engine/roleplay/model';
import { isCompatible, isDistributive, scenarioProblems, tradePairs } from '../../../src/engine/roleplay/design';
import { frontierPath, toSvg } from '../../../src/engine/roleplay/plot';
import { tiny } from './fixture';

describe('scoring a package', () => {
	it('adds each side\'s points for the chosen options', () => {
		expect(score(tiny, 'marvel', [0, 0, 1])).toBe(100);
		expect(score(tiny, 'batman', [0, 0, 1])).toBe(40);
		expect(score(tiny, 'marvel', [1, 1, 0])).toBe(40);
		expect(score(tiny, 'batman', [2, 2, 1])).toBe(100);
	});

	it('knows which items a side may not sign', () => {
		expect(outsideMandate(tiny, 'marvel', [0, 2, 1])).toEqual([1]);
		expect(signable(tiny, 'marvel', [0, 2, 1])).toBe(false);
		expect(signable(tiny, 'batman', [0, 2, 1])).toBe(true);
	});

	it('gives each side its BATNA without agreement', () => {
		expect(noDeal(tiny)).toEqual({ marvel: 30, batman: 35 });
	});

	it('checks the shape of a package', () => {
		expect(isPackage(tiny, [0, 1, 1])).toBe(true);
		expect(isPackage(tiny, [0, 1])).toBe(false);
		expect(isPackage(tiny, [0, 1, 2])).toBe(false);
		expect(isPackage(tiny, [0, -1, 0])).toBe(false);
		expect(isPackage(tiny, [0, 1.5, 0])).toBe(false);
		expect(isPackage(tiny, ['0', 1, 0])).toBe(false);
	});

	it('ranks items by their weight for a side and finds the favourite options', () => {
		expect(itemRange(tiny, 'batman', 1)).toBe(20);
		expect(priorities(tiny, 'marvel')).toEqual([0, 1, 2]);
		expect(priorities(tiny, 'batman')).toEqual([0, 2, 1]);
		expect(bestOption(tiny, 'batman', 0)).toBe(2);
		expect(idealPackage(tiny, 'marvel')).toEqual([0, 0, 1]);
	});

	it('lists every package once', () => {
		const all = allPackages(tiny);
		expect(all).toHaveLength(3 * 3 * 2);
		expect(new Set(all.map((p) => p.join())).size).toBe(18);
	});
});

describe('the Pareto frontier', () => {
	it('leaves out packages a side has no mandate to sign', () => {
		expect(signableOutcomes(tiny)).toHaveLength(12);
		expect(signableOutcomes(tiny).some((o) => o.pkg[1] === 2)).toBe(false);
	});

	it('keeps exactly the outcomes no other outcome beats for both sides', () => {
		const frontier = paretoFrontier(tiny);
		const all = signableOutcomes(tiny);
		for (const f of frontier) expect(all.some((o) => dominates(o, f))).toBe(false);
		for (const o of all)
			if (!frontier.some((f) => f.marvel === o.marvel && f.batman === o.batman)) expect(frontier.some((f) => dominates(f, o))).toBe(true);
		expect(frontier.map((f) => [f.marvel, f.batman])).toEqual([
			[40, 90],
			[60, 80],
			[80, 60],
			[100, 40],
		]);
		// Item 2's middle option costs Marvel 20 for Batman's 10: never worth it.
		expect(signableOutcomes(tiny).find((o) => o.pkg.join() === '0,1,1')).toMatchObject({ marvel: 80, batman: 50 });
		expect(bestJoint(tiny)).toBe(140);
	});

	it('measures the points left on the table', () => {
		expect(gapToFrontier(tiny, { marvel: 60, batman: 80 })).toBe(0);
		expect(gapToFrontier(tiny, { marvel: 80, batman: 50 })).toBe(10);
		// 40/30: the frontier points 60/80, 80/60 and 100/40 are each better for both by 70 together.
		expect(gapToFrontier(tiny, { marvel: 40, batman: 30 })).toBe(70);
		expect(gapToFrontier(tiny, { marvel: 0, batman: 0 })).toBe(140);
		expect(gapToFrontier(tiny, { marvel: 101, batman: 0 })).toBe(0);
	});

	it('finds the zone where both reservation values are met', () => {
		expect(agreementZone(tiny).map((o) => [o.marvel, o.batman])).toEqual(expect.arrayContaining([[80, 60], [60, 80], [80, 50]]));
		expect(agreementZone(tiny).every((o) => o.marvel >= 50 && o.batman >= 50)).toBe(true);
	});

	it('is drawn as a staircase between its points', () => {
		expect(toSvg({ marvel: 0, batman: 0 })).toEqual({ x: 48, y: 408 });
		expect(toSvg({ marvel: 100, batman: 100 })).toEqual({ x: 448, y: 8 });
		expect(frontierPath([{ marvel: 40, batman: 70 }, { marvel: 60, batman: 60 }])).toBe('M208 128 V168 H288');
		expect(frontierPath([])).toBe('');
	});
});

describe('design checks', () => {
	it('recognises distributive, compatible and tradeable items', () => {
		expect(isDistributive(tiny, 0)).toBe(true);
		expect(isDistributive(tiny, 2)).toBe(false);
		expect(isCompatible(tiny, 2)).toBe(true);
		expect(isCompatible(tiny, 0)).toBe(false);
		expect(tradePairs(tiny)).toEqual([[1, 2]]);
	});

	it('accepts a well-designed scenario', () => {
		expect(scenarioProblems(tiny)).toEqual([]);
	});

	it('says what to change when the ideal package is not worth 100', () => {
		const off = { ...tiny, items: [{ options: [{ marvel: 30, batman: 0, outsideMandate: [] }, { marvel: 0, batman: 30, outsideMandate: [] }, { marvel: 10, batman: 10, outsideMandate: [] }] }, ...tiny.items.slice(1)] };
		expect(scenarioProblems(off).map((p) => p.message)).toEqual([
			expect.stringMatching(/marvel's best option on every item adds up to 90 points, not 100/),
			expect.stringMatching(/batman's best option on every item adds up to 90 points, not 100/),
		]);
	});

	it('refuses a scenario with no possible deal, or a guaranteed one', () => {
		const greedy = { ...tiny, sides: { marvel: { reservation: 90, batna: { points: 30 } }, batman: { reservation: 90, batna: { points: 30 } } } };
		expect(scenarioProblems(greedy).map((p) => p.message)).toContainEqual(expect.stringMatching(/No package both sides may sign meets both reservation values/));
		const easy = { ...tiny, sides: { marvel: { reservation: 10, batna: { points: 5 } }, batman: { reservation: 10, batna: { points: 5 } } } };
		expect(scenarioProblems(easy).map((p) => p.message)).toContainEqual(expect.stringMatching(/a deal is guaranteed/));
	});

	it('refuses a scenario without a distributive or a compatible item', () => {
		const o = (marvel: number, batman: number) => ({ marvel, batman, outsideMandate: [] });
		const noSplit = { ...tiny, items: [{ options: [o(50, 0), o(50, 50), o(0, 50)] }, { options: [o(50, 50), o(0, 0), o(10, 0)] }] };
		expect(scenarioProblems(noSplit).map((p) => p.message).join('\n')).toMatch(/No item is purely distributive/);
		const noCommon = { ...tiny, items: [tiny.items[0]!, tiny.items[1]!, { options: [{ marvel: 20, batman: 0, outsideMandate: [] }, { marvel: 0, batman: 40, outsideMandate: [] }] }] };
		expect(scenarioProblems(noCommon).map((p) => p.message).join('\n')).toMatch(/No item is compatible/);
	});

	it('refuses an item whose every option is outside a side\'s mandate', () => {
		const locked = { ...tiny, items: [tiny.items[0]!, { options: tiny.items[1]!.options.map((x) => ({ ...x, outsideMandate: ['batman' as const] })) }, tiny.items[2]!] };
		expect(scenarioProblems(locked).map((p) => p.message)).toContainEqual(expect.stringMatching(/Every option of item 2 is outside batman's mandate/));
	});
});
