import { z } from 'zod';

/** Milliseconds since the epoch. */
const Time = z.number().int().nonnegative();

/** A countdown as stored (see engine/countdown.ts). */
export const CountdownSchema = z.object({
	durationMs: z.number().int().min(60_000).max(4 * 3_600_000),
	startedAt: Time.nullable(),
	elapsedMs: z.number().int().nonnegative(),
});

/** One result code a group reported, as the facilitator entered it. */
export const CollectedCodeSchema = z.object({
	code: z.string().min(5).max(60),
	at: Time,
});

/** The facilitator's role-play session, saved on the facilitator's device. */
export const RoleplaySessionSchema = z.object({
	/** Number of participants, 4 to 200. */
	count: z.number().int().min(4).max(200),
	/** Optional names, by participant index; empty strings where none was given. */
	names: z.array(z.string().max(80)).max(200),
	groupSize: z.union([z.literal(2), z.literal(4)]),
	oddRule: z.enum(['observer', 'trio']),
	/** "rotate" (the scenarios in turn) or one scenario id for every group. */
	issueMode: z.string().regex(/^[a-z0-9-]+$/),
	/** Seeds the shuffle that forms the groups. */
	seed: z.number().int().nonnegative(),
	/** Scenario ids chosen by hand for single groups, by group number. */
	overrides: z.record(z.string().regex(/^\d+$/), z.string().regex(/^[a-z0-9-]+$/)),
	timers: z.object({ membaca: CountdownSchema, negosiasi: CountdownSchema, refleksi: CountdownSchema }),
	/** Result codes by group number. */
	results: z.record(z.string().regex(/^\d+$/), CollectedCodeSchema),
	updatedAt: Time,
});

export type RoleplaySession = z.output<typeof RoleplaySessionSchema>;
export type TimerName = keyof RoleplaySession['timers'];
