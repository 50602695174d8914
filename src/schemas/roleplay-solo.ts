import { array, boolean, int, literal, nullable, object, oneOf, Slug, union, type Infer } from './guard';

/** A solo game in progress, saved as its configuration and the learner's actions (the game replays
 * them exactly, see engine/roleplay/solo.ts). */
export const SoloActionSchema = union([
	object({ type: literal('prepare'), topItem: int(0, 5), reservation: int(0, 100) }),
	object({ type: literal('open'), moves: array(oneOf(['perkenalan', 'tujuan', 'bahasa', 'waktu', 'keputusan', 'tuntutan']), 6) }),
	object({ type: literal('ask') }),
	object({ type: literal('offer'), pkg: array(int(0, 4), 6, 4) }),
	object({ type: literal('accept') }),
	object({ type: literal('walk') }),
]);

export const SoloGameSchema = object({
	config: object({
		scenario: Slug,
		side: oneOf(['marvel', 'batman']),
		level: oneOf(['kooperatif', 'tegas', 'keras']),
		seed: int(0),
	}),
	actions: array(SoloActionSchema, 200),
	/** Whether the finished game was already recorded in the learner's progress. */
	recorded: boolean(),
});

/** What the device saves: the game in progress, or null when none is. */
export const SavedSoloGameSchema = nullable(SoloGameSchema);

export type SoloGame = Infer<typeof SoloGameSchema>;
