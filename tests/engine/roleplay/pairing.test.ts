import { describe, expect, it } from 'vitest';
import { assignScenarios, formGroups, MAX_PARTICIPANTS, MIN_PARTICIPANTS, type GroupSize, type OddRule } from '../../../src/engine/roleplay/pairing';

const sizes: GroupSize[] = [2, 4];
const rules: OddRule[] = ['observer', 'trio'];

describe('forming groups', () => {
	for (const groupSize of sizes)
		for (const oddRule of rules)
			it(`places everyone once in mixed groups, for 4 to 200 participants (groups of ${groupSize}, odd rule ${oddRule})`, () => {
				const problems: string[] = [];
				for (let count = MIN_PARTICIPANTS; count <= MAX_PARTICIPANTS; count++) {
					const groups = formGroups({ count, groupSize, oddRule, seed: count * 31 });
					const placed = groups.flatMap((g) => g.members.map((m) => m.participant)).sort((a, b) => a - b);
					if (placed.length !== count || placed.some((p, i) => p !== i)) problems.push(`${count}: not everyone placed exactly once`);
					const allowed = groupSize === 2 ? [2, 3] : [2, 3, 4];
					let observers = 0;
					let trios = 0;
					let pairs = 0;
					groups.forEach((g, i) => {
						const marvel = g.members.filter((m) => m.role === 'marvel').length;
						const batman = g.members.filter((m) => m.role === 'batman').length;
						observers += g.members.length - marvel - batman;
						if (marvel + batman === 3) trios++;
						if (marvel + batman === 2) pairs++;
						if (g.number !== i + 1) problems.push(`${count}: group ${i + 1} numbered ${g.number}`);
						if (marvel < 1 || batman < 1 || Math.abs(marvel - batman) > 1) problems.push(`${count}: group ${g.number} is ${marvel}M/${batman}B`);
						if (!allowed.includes(marvel + batman)) problems.push(`${count}: group ${g.number} has ${marvel + batman} players`);
					});
					const expected = count % 2 === 0 ? [0, 0] : oddRule === 'observer' ? [1, 0] : [0, 1];
					if (observers !== expected[0] || trios !== expected[1]) problems.push(`${count}: ${observers} observers, ${trios} trios`);
					if (groupSize === 4 && pairs > 1) problems.push(`${count}: ${pairs} pairs in groups of four`);
				}
				expect(problems).toEqual([]);
			});

	it('splits the room in half between Marvel and Batman', () => {
		const members = formGroups({ count: 12, groupSize: 2, oddRule: 'observer', seed: 1 }).flatMap((g) => g.members);
		expect(members.filter((m) => m.role === 'marvel')).toHaveLength(6);
		expect(members.filter((m) => m.role === 'batman')).toHaveLength(6);
	});

	it('gives 12 participants six pairs or three groups of four', () => {
		expect(formGroups({ count: 12, groupSize: 2, oddRule: 'observer', seed: 5 })).toHaveLength(6);
		expect(formGroups({ count: 12, groupSize: 4, oddRule: 'observer', seed: 5 }).map((g) => g.members.length)).toEqual([4, 4, 4]);
	});

	it('handles the small odd cases', () => {
		expect(formGroups({ count: 5, groupSize: 4, oddRule: 'trio', seed: 2 }).map((g) => g.members.length)).toEqual([3, 2]);
		expect(formGroups({ count: 5, groupSize: 4, oddRule: 'observer', seed: 2 }).map((g) => g.members.length)).toEqual([5]);
		expect(formGroups({ count: 7, groupSize: 2, oddRule: 'trio', seed: 2 }).map((g) => g.members.length)).toEqual([2, 2, 3]);
		expect(formGroups({ count: 6, groupSize: 4, oddRule: 'trio', seed: 2 }).map((g) => g.members.length)).toEqual([4, 2]);
	});

	it('is reproducible from its seed and shuffles with another', () => {
		const a = formGroups({ count: 40, groupSize: 2, oddRule: 'observer', seed: 99 });
		expect(formGroups({ count: 40, groupSize: 2, oddRule: 'observer', seed: 99 })).toEqual(a);
		expect(formGroups({ count: 40, groupSize: 2, oddRule: 'observer', seed: 100 })).not.toEqual(a);
	});

	it('refuses a number outside 4 to 200', () => {
		for (const count of [3, 201, 4.5, Number.NaN])
			expect(() => formGroups({ count, groupSize: 2, oddRule: 'observer', seed: 1 })).toThrow(RangeError);
	});
});

describe('choosing the issue per group', () => {
	it('rotates the scenarios or gives all groups one', () => {
		expect(assignScenarios(5, ['a', 'b', 'c'], 'rotate')).toEqual(['a', 'b', 'c', 'a', 'b']);
		expect(assignScenarios(2, ['a', 'b', 'c'], 'b')).toEqual(['b', 'b']);
	});
});
