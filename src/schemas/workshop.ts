import { array, int, matching, nullable, object, oneOf, record, text, Time, type Infer } from './guard';

const StepKey = matching(/^\d\.\d{1,2}$/);

/** Kinds of break a facilitator can add to the day: tea, lunch, prayer. */
export const BreakKindSchema = oneOf(['teh', 'makan', 'salat']);

/** A break the facilitator added to the run sheet. */
export const DayBreakSchema = object({
	/** Stable id made from the kind and a number, e.g. "teh-1". */
	id: matching(/^(teh|makan|salat)-\d{1,3}$/),
	kind: BreakKindSchema,
	/** Length of the break in minutes. */
	minutes: int(5, 120),
	/** Key of the step the break follows: "2.4" is step 4 of session 2. */
	after: StepKey,
});

/**
 * The facilitator's day as saved on the device: the planned start, the breaks, and what happened
 * (steps ended, stretched, cut, held). Times are stored as timestamps, never as running counters.
 */
export const WorkshopDaySchema = object({
	/** Planned start of the first session, "HH:MM" (24 hours). */
	start: matching(/^([01]\d|2[0-3]):[0-5]\d$/),
	/** The workshop's date "YYYY-MM-DD", or null for "today". */
	day: nullable(matching(/^\d{4}-\d{2}-\d{2}$/)),
	/** When the facilitator pressed "start now", if they did; it replaces the planned start. */
	startedAt: nullable(Time),
	breaks: array(DayBreakSchema, 20),
	/** Minutes the facilitator gave a step instead of its planned minutes (step key → minutes). */
	adjust: record(StepKey, int(0, 240)),
	/** When a step or break was ended by the facilitator (item key → timestamp). */
	ended: record(text(12), Time),
	/** The item held open past its planned end (it does not move on by itself), or null. */
	hold: nullable(text(12)),
});

export type BreakKind = Infer<typeof BreakKindSchema>;
export type DayBreak = Infer<typeof DayBreakSchema>;
export type WorkshopDay = Infer<typeof WorkshopDaySchema>;
