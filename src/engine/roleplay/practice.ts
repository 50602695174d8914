/** The learner's solo games in their progress (slice "roleplay", see engine/progress.ts). */
import { mergeAttempts, type Items, type SliceSpec } from '../progress';
import { RoleplayPracticeSchema, type RoleplayAttempt, type RoleplayPractice } from '../../schemas/roleplay-practice';

export const roleplaySlice: SliceSpec<RoleplayPractice> = {
	name: 'roleplay',
	label: 'latihan permainan peran',
	version: 1,
	item: RoleplayPracticeSchema,
	mergeItem: (a, b) => mergeAttempts(a, b, (attempt) => attempt.finishedAt),
};

/** Attempts kept per scenario; older ones are dropped. */
export const KEEP_ATTEMPTS = 20;

export function addAttempt(items: Items<RoleplayPractice>, scenario: string, attempt: RoleplayAttempt, now: number): Items<RoleplayPractice> {
	const attempts = [...(items[scenario]?.attempts ?? []), attempt].slice(-KEEP_ATTEMPTS);
	return { ...items, [scenario]: { attempts, updatedAt: now } };
}

/** The best result per scenario and side: an agreement scores its points, no agreement scores none. */
export function bestAttempt(practice: RoleplayPractice | undefined): RoleplayAttempt | undefined {
	return practice?.attempts.reduce<RoleplayAttempt | undefined>(
		(best, a) => (!best || (a.outcome === 'deal' ? a.learner : -1) > (best.outcome === 'deal' ? best.learner : -1) ? a : best),
		undefined,
	);
}
