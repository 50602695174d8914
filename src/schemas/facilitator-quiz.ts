import { array, boolean, int, nullable, object, record, text, Time, type Infer } from './guard';

const Key = text(64, 1);

/**
 * The facilitator's quiz on one device (paradiplomasi:facilitator-quiz:v1): the set on screen, the
 * question, the countdown (from stored times), the hand counts and the collected result codes.
 */
export const FacilitatorQuizSchema = object({
	/** The quiz set being run, e.g. "pre-test" or "kelas-sub-modul-3"; null before one is chosen. */
	setId: nullable(Key),
	/** The question on screen, from 0. */
	index: int(0, 200),
	/** Whether the answer and explanation are shown. */
	revealed: boolean(),
	/** Seconds per question the facilitator set. */
	seconds: int(5, 600),
	/** The countdown of the question on screen (see engine/countdown.ts). */
	timer: object({
		durationMs: int(0),
		startedAt: nullable(Time),
		elapsedMs: int(0),
	}),
	/** Set id → item id → card id → raised hands or cards counted. */
	hands: record(Key, record(Key, record(Key, int(0, 999)))),
	/** Set id → the result codes collected, normalised. */
	codes: record(Key, array(text(64, 1), 300)),
	updatedAt: Time,
});

export type FacilitatorQuiz = Infer<typeof FacilitatorQuizSchema>;
