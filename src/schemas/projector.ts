import { z } from 'zod';

/** What the projector shows, shared with the presenter window. */
export const SlideStateSchema = z.object({
	/** 0-based slide; slide 0 is the lesson's title slide. */
	index: z.number().int().min(0).max(999),
	/** The screen is blank (black). */
	blank: z.boolean(),
	/** The overview of all slides is open. */
	overview: z.boolean(),
	/** When the on-screen timer was switched on, or null when it is off. */
	timerSince: z.number().int().nonnegative().nullable(),
});

/** A message between the projector and the presenter window of the same device. */
export const SlideSyncSchema = z.object({
	kind: z.enum(['state', 'hello']),
	/** The lesson id, e.g. "sub-modul-1/pengertian-diplomasi". */
	lesson: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
	/** A random id of the sending window, so a window ignores its own messages. */
	from: z.string().min(4).max(40),
	at: z.number().int().nonnegative(),
	state: SlideStateSchema.optional(),
});

export type SlideState = z.output<typeof SlideStateSchema>;
export type SlideSync = z.output<typeof SlideSyncSchema>;
