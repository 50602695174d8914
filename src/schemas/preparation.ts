import { z } from 'zod';

/** One group of the facilitator's preparation checklist: content/course/preparation.yaml. */
export const PreparationGroupSchema = z.object({
	/** Short id, e.g. "cetak". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Heading of the group, e.g. "Bahan cetak". */
	title: z.string().min(3),
	items: z
		.array(
			z.object({
				/** Stable id; the device remembers ticks by it, so do not reuse an old id for a new item. */
				id: z.string().regex(/^[a-z0-9-]+$/),
				/** What to prepare, in one sentence. */
				text: z.string().min(10),
			}),
		)
		.min(1),
});

export const PreparationFileSchema = z.array(PreparationGroupSchema).min(1);

export type PreparationGroup = z.output<typeof PreparationGroupSchema>;
