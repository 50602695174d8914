import { z } from 'zod';

/** Milliseconds since the epoch. */
const Time = z.number().int().nonnegative();
const Key = z.string().min(1).max(64);

/**
 * The facilitator's quiz on one device (paradiplomasi:facilitator-quiz:v1): the set on screen, the
 * question, the countdown (from stored times), the hand counts and the collected result codes.
 */
export const FacilitatorQuizSchema = z.object({
	/** The quiz set being run, e.g. "pre-test" or "kelas-sub-modul-3"; null before one is chosen. */
	setId: Key.nullable(),
	/** The question on screen, from 0. */
	index: z.number().int().min(0).max(200),
	/** Whether the answer and explanation are shown. */
	revealed: z.boolean(),
	/** Seconds per question the facilitator set. */
	seconds: z.number().int().min(5).max(600),
	/** The countdown of the question on screen (see engine/countdown.ts). */
	timer: z.object({
		durationMs: z.number().int().min(0),
		startedAt: Time.nullable(),
		elapsedMs: z.number().int().min(0),
	}),
	/** Set id → item id → card id → raised hands or cards counted. */
	hands: z.record(Key, z.record(Key, z.record(Key, z.number().int().min(0).max(999)))),
	/** Set id → the result codes collected, normalised. */
	codes: z.record(Key, z.array(z.string().min(1).max(64)).max(300)),
	updatedAt: Time,
});

export type FacilitatorQuiz = z.output<typeof FacilitatorQuizSchema>;
