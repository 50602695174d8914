import { z } from 'zod';
import { CourseLinkSchema } from './glossary';

/** One correction of the source (content/course/corrections/*.yaml). */
export const CorrectionSchema = z.object({
	/** Unique id, lowercase ASCII with "-". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Where in the module (section, page). */
	where: z.string().min(3),
	/** What the module says (a short quotation). */
	source: z.string().min(1),
	/** What the course says instead, and why. */
	correction: z.string().min(3),
	/** seed: corrected from the sources themselves; external: from outside knowledge. */
	basis: z.enum(['seed', 'external']),
	/** The page where the course applies the correction. */
	lesson: CourseLinkSchema.nullish(),
});

export const CorrectionFileSchema = z.array(CorrectionSchema);
export type Correction = z.output<typeof CorrectionSchema>;
