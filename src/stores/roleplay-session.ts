/**
 * $roleplaySession: the facilitator's role-play session on this device (setup, groups, timers,
 * collected result codes), so that a reload or a closed laptop loses nothing.
 */
import {
	addResult,
	applySetup,
	newSession,
	removeResult,
	setOverride,
	timerAction,
	type Setup,
	type TimerAction,
} from '../engine/roleplay/session';
import type { ScenarioShape } from '../engine/roleplay/result-code';
import { SavedRoleplaySessionSchema, type RoleplaySession, type TimerName } from '../schemas/roleplay-session';
import { createRecordStore } from './record-store';

const record = createRecordStore<RoleplaySession | null>(
	{ name: 'roleplay-session', label: 'sesi permainan peran', version: 1, schema: SavedRoleplaySessionSchema },
	() => null,
);

export const $roleplaySession = record.store;
export const ROLEPLAY_SESSION_KEY = record.key;

export function saveSetup(setup: Setup, now = Date.now()): void {
	const session = $roleplaySession.get();
	$roleplaySession.set(session ? applySetup(session, setup, now) : newSession(setup, now));
}

export function chooseGroupScenario(group: number, scenario: string, now = Date.now()): void {
	const session = $roleplaySession.get();
	if (session) $roleplaySession.set(setOverride(session, group, scenario, now));
}

export function controlTimer(name: TimerName, action: TimerAction, now = Date.now()): void {
	const session = $roleplaySession.get();
	if (session) $roleplaySession.set(timerAction(session, name, action, now));
}

export type CollectOutcome =
	| { ok: true; group: number; signed: boolean; replaced: boolean; otherScenario: string | null }
	| { ok: false; error: string };

/** Adds a code typed or scanned by the facilitator; nothing changes when it is refused. */
export function collectCode(text: string, scenarios: readonly (ScenarioShape & { id: string })[], now = Date.now()): CollectOutcome {
	const session = $roleplaySession.get();
	if (!session) return { ok: false, error: 'Bentuk kelompok dulu sebelum mengumpulkan kode.' };
	const added = addResult(session, text, scenarios, now);
	if (!added.ok) return added;
	$roleplaySession.set(added.session);
	return { ok: true, group: added.result.group, signed: added.result.signed, replaced: added.replaced, otherScenario: added.otherScenario };
}

export function discardCode(group: number, now = Date.now()): void {
	const session = $roleplaySession.get();
	if (session) $roleplaySession.set(removeResult(session, group, now));
}

export function clearSession(): void {
	$roleplaySession.set(null);
}
