import { boolean, int, matching, nullable, object, oneOf, optional, text, type Infer } from './guard';

/** What the projector shows, shared with the presenter window. */
export const SlideStateSchema = object({
	/** 0-based slide; slide 0 is the lesson's title slide. */
	index: int(0, 999),
	/** The screen is blank (black). */
	blank: boolean(),
	/** The overview of all slides is open. */
	overview: boolean(),
	/** When the on-screen timer was switched on, or null when it is off. */
	timerSince: nullable(int(0)),
});

/** A message between the projector and the presenter window of the same device. */
export const SlideSyncSchema = object({
	kind: oneOf(['state', 'hello']),
	/** The lesson id, e.g. "sub-modul-1/pengertian-diplomasi". */
	lesson: matching(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
	/** A random id of the sending window, so a window ignores its own messages. */
	from: text(40, 4),
	at: int(0),
	state: optional(SlideStateSchema),
});

export type SlideState = Infer<typeof SlideStateSchema>;
export type SlideSync = Infer<typeof SlideSyncSchema>;
