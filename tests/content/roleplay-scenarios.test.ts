import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/data/roleplay';
import { agreementZone, paretoFrontier, signableOutcomes } from '../../src/engine/roleplay/frontier';
import { isCompatible, isDistributive, scenarioProblems, tradePairs } from '../../src/engine/roleplay/design';
import { idealPackage, score, SIDES } from '../../src/engine/roleplay/model';

const scenarios = loadScenarios();

describe('the role-play scenarios in content/roleplay/', () => {
	it('cover the module\'s three issues, one file each', () => {
		expect(scenarios.map((s) => s.issue).sort()).toEqual(['investasi', 'pembangunan', 'perdagangan']);
	});

	for (const s of scenarios)
		describe(s.id, () => {
			it('passes every design check', () => {
				expect(scenarioProblems(s)).toEqual([]);
			});

			it('has a deal above both reservation values', () => {
				expect(agreementZone(s).length).toBeGreaterThan(0);
			});

			it('does not guarantee a deal: each side\'s ideal package is below the other\'s reservation value', () => {
				expect(score(s, 'batman', idealPackage(s, 'marvel'))).toBeLessThan(s.sides.batman.reservation);
				expect(score(s, 'marvel', idealPackage(s, 'batman'))).toBeLessThan(s.sides.marvel.reservation);
			});

			it('has no package that is best on every item for both sides', () => {
				expect(idealPackage(s, 'marvel')).not.toEqual(idealPackage(s, 'batman'));
				expect(signableOutcomes(s).some((o) => o.marvel === 100 && o.batman === 100)).toBe(false);
			});

			it('has a distributive item, a compatible item, and items to trade', () => {
				expect(s.items.some((_, i) => isDistributive(s, i))).toBe(true);
				expect(s.items.some((_, i) => isCompatible(s, i))).toBe(true);
				expect(tradePairs(s).length).toBeGreaterThan(0);
			});

			it('rewards trading: the frontier beats splitting every item down the middle', () => {
				const middle = s.items.map((item) => Math.floor((item.options.length - 1) / 2));
				const joint = score(s, 'marvel', middle) + score(s, 'batman', middle);
				const best = Math.max(...paretoFrontier(s).map((o) => o.marvel + o.batman));
				expect(best - joint).toBeGreaterThanOrEqual(15);
			});

			it('keeps each BATNA at or below its reservation value', () => {
				for (const side of SIDES) expect(s.sides[side].batna.points).toBeLessThanOrEqual(s.sides[side].reservation);
			});
		});
});
