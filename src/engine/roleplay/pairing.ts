/**
 * Splits the participants into Marvel and Batman and forms the small groups, always mixed.
 *
 * The module allows small groups of two or four, each mixing the two large groups. Numbers that do
 * not divide evenly are handled like this:
 * - groups of four with two people left over: those two form a pair;
 * - an odd number, rule "observer" (the course's suggestion in the lesson): one participant
 *   observes a group and reports at the reflection;
 * - an odd number, rule "trio": one group has three members, two from one side and one from the
 *   other (the side of two negotiates as one delegation).
 */
import { seededRandom, shuffled } from '../random';
import type { Side } from './model';

export const MIN_PARTICIPANTS = 4;
export const MAX_PARTICIPANTS = 200;

export type GroupSize = 2 | 4;
export type OddRule = 'observer' | 'trio';
export type Role = Side | 'observer';

export interface PairingOptions {
	count: number;
	groupSize: GroupSize;
	oddRule: OddRule;
	/** Shuffles who goes where; the same seed gives the same groups. */
	seed: number;
}

export interface Member {
	/** The participant's index, 0-based, in the facilitator's list. */
	participant: number;
	role: Role;
}

export interface Group {
	/** 1-based, as printed on the table cards. */
	number: number;
	members: Member[];
}

/** Group sizes (players only) for `players` participants. */
function sizes(players: number, groupSize: GroupSize): number[] {
	if (groupSize === 2) {
		const pairs = Math.floor(players / 2);
		return players % 2 === 0 ? Array(pairs).fill(2) : [...Array(pairs - 1).fill(2), 3];
	}
	const fours = Math.floor(players / 4);
	switch (players % 4) {
		case 0:
			return Array(fours).fill(4);
		case 2:
			return [...Array(fours).fill(4), 2];
		case 3:
			return [...Array(fours).fill(4), 3];
		default:
			// 4k + 1: one four becomes a trio and a pair.
			return [...Array(fours - 1).fill(4), 3, 2];
	}
}

export function formGroups({ count, groupSize, oddRule, seed }: PairingOptions): Group[] {
	if (!Number.isInteger(count) || count < MIN_PARTICIPANTS || count > MAX_PARTICIPANTS)
		throw new RangeError(`count must be ${MIN_PARTICIPANTS} to ${MAX_PARTICIPANTS}`);
	const order = shuffled(
		Array.from({ length: count }, (_, i) => i),
		seededRandom(seed),
	);
	const observer = count % 2 === 1 && oddRule === 'observer' ? order.pop() : undefined;
	// Alternate sides down the shuffled list; with an odd number of players Marvel has one more.
	const marvel = order.filter((_, i) => i % 2 === 0);
	const batman = order.filter((_, i) => i % 2 === 1);
	const groups: Group[] = sizes(order.length, groupSize).map((size, g) => {
		const fromMarvel = Math.ceil(size / 2);
		const members: Member[] = [
			...marvel.splice(0, fromMarvel).map((participant) => ({ participant, role: 'marvel' as const })),
			...batman.splice(0, size - fromMarvel).map((participant) => ({ participant, role: 'batman' as const })),
		];
		return { number: g + 1, members };
	});
	if (observer !== undefined) groups[groups.length - 1]!.members.push({ participant: observer, role: 'observer' });
	return groups;
}

/** Scenario ids per group: the same for all, or the scenarios in turn ("rotate"). */
export function assignScenarios(groupCount: number, scenarioIds: readonly string[], mode: 'rotate' | string): string[] {
	return Array.from({ length: groupCount }, (_, g) => (mode === 'rotate' ? scenarioIds[g % scenarioIds.length]! : mode));
}
