import { array, int, matching, nullable, object, oneOf, record, Slug, text, Time, type Infer } from './guard';

/** A countdown as stored (see engine/countdown.ts). */
export const CountdownSchema = object({
	durationMs: int(60_000, 4 * 3_600_000),
	startedAt: nullable(Time),
	elapsedMs: int(0),
});

/** One result code a group reported, as the facilitator entered it. */
export const CollectedCodeSchema = object({
	code: text(60, 5),
	at: Time,
});

const GroupNumber = matching(/^\d+$/);

/** The facilitator's role-play session, saved on the facilitator's device. */
export const RoleplaySessionSchema = object({
	/** Number of participants, 4 to 200. */
	count: int(4, 200),
	/** Optional names, by participant index; empty strings where none was given. */
	names: array(text(80), 200),
	groupSize: oneOf([2, 4]),
	oddRule: oneOf(['observer', 'trio']),
	/** "rotate" (the scenarios in turn) or one scenario id for every group. */
	issueMode: Slug,
	/** Seeds the shuffle that forms the groups. */
	seed: int(0),
	/** Scenario ids chosen by hand for single groups, by group number. */
	overrides: record(GroupNumber, Slug),
	timers: object({ membaca: CountdownSchema, negosiasi: CountdownSchema, refleksi: CountdownSchema }),
	/** Result codes by group number. */
	results: record(GroupNumber, CollectedCodeSchema),
	updatedAt: Time,
});

/** What the facilitator's device saves: the session, or null before one is set up. */
export const SavedRoleplaySessionSchema = nullable(RoleplaySessionSchema);

export type RoleplaySession = Infer<typeof RoleplaySessionSchema>;
export type TimerName = keyof RoleplaySession['timers'];
