/**
 * The facilitator's session: setup, groups, timers and collected result codes. Pure functions that
 * return a new session; the store (src/stores/roleplay-session.ts) saves it.
 */
import type { RoleplaySession, TimerName } from '../../schemas/roleplay-session';
import { normaliseCode } from '../codes';
import { newCountdown, pauseCountdown, resetCountdown, setDuration, startCountdown } from '../countdown';
import { assignScenarios, formGroups, type Group, type GroupSize, type OddRule } from './pairing';
import { decodeResult, type GroupResult, type ScenarioShape } from './result-code';

/** Default minutes: the module's 15-minute reading, the issue's 30-minute negotiation, and the
 * course's suggested reflection and presentations (10 + 15 minutes). */
export const DEFAULT_MINUTES: Record<TimerName, number> = { membaca: 15, negosiasi: 30, refleksi: 25 };
export const TIMER_NAMES: readonly TimerName[] = ['membaca', 'negosiasi', 'refleksi'];

export interface Setup {
	count: number;
	names: string[];
	groupSize: GroupSize;
	oddRule: OddRule;
	issueMode: string;
	seed: number;
}

export function newSession(setup: Setup, now: number): RoleplaySession {
	return {
		...setup,
		names: setup.names.slice(0, setup.count).map((n) => n.trim().slice(0, 80)),
		overrides: {},
		timers: {
			membaca: newCountdown(DEFAULT_MINUTES.membaca),
			negosiasi: newCountdown(DEFAULT_MINUTES.negosiasi),
			refleksi: newCountdown(DEFAULT_MINUTES.refleksi),
		},
		results: {},
		updatedAt: now,
	};
}

/** A new setup keeps the timers and the codes already collected. */
export function applySetup(session: RoleplaySession, setup: Setup, now: number): RoleplaySession {
	const fresh = newSession(setup, now);
	return { ...fresh, timers: session.timers, results: session.results };
}

export interface SessionGroup extends Group {
	scenario: string;
}

export function sessionGroups(session: RoleplaySession, scenarioIds: readonly string[]): SessionGroup[] {
	const groups = formGroups({ count: session.count, groupSize: session.groupSize, oddRule: session.oddRule, seed: session.seed });
	const mode = session.issueMode === 'rotate' || scenarioIds.includes(session.issueMode) ? session.issueMode : 'rotate';
	const planned = assignScenarios(groups.length, scenarioIds, mode);
	return groups.map((g, i) => {
		const override = session.overrides[String(g.number)];
		return { ...g, scenario: override && scenarioIds.includes(override) ? override : planned[i]! };
	});
}

/** A participant's name, or "Peserta 5" from `fallback` ("Peserta {{n}}") when none was given. */
export function participantName(session: RoleplaySession, index: number, fallback: string): string {
	return session.names[index] || fallback.replace('{{n}}', String(index + 1));
}

export function setOverride(session: RoleplaySession, group: number, scenario: string, now: number): RoleplaySession {
	return { ...session, overrides: { ...session.overrides, [String(group)]: scenario }, updatedAt: now };
}

export type TimerAction = { type: 'start' | 'pause' | 'reset' } | { type: 'minutes'; minutes: number };

export function timerAction(session: RoleplaySession, name: TimerName, action: TimerAction, now: number): RoleplaySession {
	const timer = session.timers[name];
	let next = timer;
	switch (action.type) {
		case 'start':
			next = startCountdown(timer, now);
			break;
		case 'pause':
			next = pauseCountdown(timer, now);
			break;
		case 'reset':
			next = resetCountdown(timer);
			break;
		case 'minutes':
			next = setDuration(timer, Math.min(240, Math.max(1, Math.round(action.minutes))));
	}
	return { ...session, timers: { ...session.timers, [name]: next }, updatedAt: now };
}

export type AddResult =
	| { ok: true; session: RoleplaySession; result: GroupResult; replaced: boolean; otherScenario: string | null }
	| { ok: false; error: string };

/**
 * Adds a result code. It must decode, and its group must exist in this session. A second code for
 * the same group replaces the first (the group corrected its entry). The caller is told when the
 * group reported on another scenario than the one it was given.
 */
export function addResult(
	session: RoleplaySession,
	text: string,
	scenarios: readonly (ScenarioShape & { id: string })[],
	now: number,
): AddResult {
	const decoded = decodeResult(text, scenarios);
	if (!decoded.ok) return decoded;
	const { result } = decoded;
	const groups = sessionGroups(
		session,
		scenarios.map((s) => s.id),
	);
	const group = groups.find((g) => g.number === result.group);
	if (!group) return { ok: false, error: `Kode ini untuk kelompok ${result.group}, padahal sesi ini hanya punya ${groups.length} kelompok.` };
	const scenario = scenarios.find((s) => s.number === result.scenario)!;
	const key = String(result.group);
	return {
		ok: true,
		session: { ...session, results: { ...session.results, [key]: { code: normaliseCode(text), at: now } }, updatedAt: now },
		result,
		replaced: key in session.results,
		otherScenario: scenario.id !== group.scenario ? group.scenario : null,
	};
}

export function removeResult(session: RoleplaySession, group: number, now: number): RoleplaySession {
	const results = { ...session.results };
	delete results[String(group)];
	return { ...session, results, updatedAt: now };
}

/** The collected results that still decode, by group number. */
export function collectedResults(session: RoleplaySession, scenarios: readonly ScenarioShape[]): Map<number, GroupResult> {
	const out = new Map<number, GroupResult>();
	for (const { code } of Object.values(session.results)) {
		const decoded = decodeResult(code, scenarios);
		if (decoded.ok) out.set(decoded.result.group, decoded.result);
	}
	return out;
}
