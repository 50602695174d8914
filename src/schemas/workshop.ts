import { z } from 'zod';

/** Milliseconds since the epoch. */
const Time = z.number().int().nonnegative();

/** Kinds of break a facilitator can add to the day: tea, lunch, prayer. */
export const BreakKindSchema = z.enum(['teh', 'makan', 'salat']);

/** A break the facilitator added to the run sheet. */
export const DayBreakSchema = z.object({
	/** Stable id made from the kind and a number, e.g. "teh-1". */
	id: z.string().regex(/^(teh|makan|salat)-\d{1,3}$/),
	kind: BreakKindSchema,
	/** Length of the break in minutes. */
	minutes: z.number().int().min(5).max(120),
	/** Key of the step the break follows: "2.4" is step 4 of session 2. */
	after: z.string().regex(/^\d\.\d{1,2}$/),
});

/**
 * The facilitator's day as saved on the device: the planned start, the breaks, and what happened
 * (steps ended, stretched, cut, held). Times are stored as timestamps, never as running counters.
 */
export const WorkshopDaySchema = z.object({
	/** Planned start of the first session, "HH:MM" (24 hours). */
	start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
	/** The workshop's date "YYYY-MM-DD", or null for "today". */
	day: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable(),
	/** When the facilitator pressed "start now", if they did; it replaces the planned start. */
	startedAt: Time.nullable(),
	breaks: z.array(DayBreakSchema).max(20),
	/** Minutes the facilitator gave a step instead of its planned minutes (step key → minutes). */
	adjust: z.record(z.string().regex(/^\d\.\d{1,2}$/), z.number().int().min(0).max(240)),
	/** When a step or break was ended by the facilitator (item key → timestamp). */
	ended: z.record(z.string().max(12), Time),
	/** The item held open past its planned end (it does not move on by itself), or null. */
	hold: z.string().max(12).nullable(),
});

export type BreakKind = z.output<typeof BreakKindSchema>;
export type DayBreak = z.output<typeof DayBreakSchema>;
export type WorkshopDay = z.output<typeof WorkshopDaySchema>;
