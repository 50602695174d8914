import { z } from 'zod';

/** A solo game in progress, saved as its configuration and the learner's actions (the game replays
 * them exactly, see engine/roleplay/solo.ts). */
export const SoloActionSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('prepare'), topItem: z.number().int().min(0).max(5), reservation: z.number().int().min(0).max(100) }),
	z.object({ type: z.literal('open'), moves: z.array(z.enum(['perkenalan', 'tujuan', 'bahasa', 'waktu', 'keputusan', 'tuntutan'])).max(6) }),
	z.object({ type: z.literal('ask') }),
	z.object({ type: z.literal('offer'), pkg: z.array(z.number().int().min(0).max(4)).min(4).max(6) }),
	z.object({ type: z.literal('accept') }),
	z.object({ type: z.literal('walk') }),
]);

export const SoloGameSchema = z.object({
	config: z.object({
		scenario: z.string().regex(/^[a-z0-9-]+$/),
		side: z.enum(['marvel', 'batman']),
		level: z.enum(['kooperatif', 'tegas', 'keras']),
		seed: z.number().int().nonnegative(),
	}),
	actions: z.array(SoloActionSchema).max(200),
	/** Whether the finished game was already recorded in the learner's progress. */
	recorded: z.boolean(),
});

export type SoloGame = z.output<typeof SoloGameSchema>;
