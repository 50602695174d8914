import { z } from 'zod';

/** Frontmatter fields the course adds to Starlight's own (title, description, …). */
export const LessonFrontmatterSchema = z
	.object({
		/** What the page is: a `lesson` of the material, an `enrichment` reading from the papers,
		 * the `overview` of a sub-module, or a plain `page` (home, glossary, tools). */
		kind: z.enum(['lesson', 'enrichment', 'overview', 'page']).default('page'),
		/** 0 for the Pengantar, 1 to 5 for the sub-modules. Leave out on pages outside them. */
		submodule: z.number().int().min(0).max(5).optional(),
		/** One learning objective, starting "Setelah mempelajari halaman ini, Anda dapat …". */
		objective: z.string().min(20).optional(),
		/** Estimated reading time in minutes: 5 to 10 for a lesson. */
		minutes: z.number().int().min(1).max(30).optional(),
		/** Glossary ids (see content/course/glossary/) taught on this page. */
		keyTerms: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
	})
	.superRefine((data, ctx) => {
		const isReading = data.kind === 'lesson' || data.kind === 'enrichment';
		if (isReading || data.kind === 'overview') {
			if (data.submodule === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['submodule'],
					message: `A ${data.kind} page needs "submodule: 0" (Pengantar) or 1 to 5.`,
				});
		}
		if (!isReading) return;
		if (!data.objective)
			ctx.addIssue({
				code: 'custom',
				path: ['objective'],
				message: 'Add "objective: Setelah mempelajari halaman ini, Anda dapat …" (one learning objective).',
			});
		if (data.minutes === undefined || data.minutes < 5 || data.minutes > 10)
			ctx.addIssue({
				code: 'custom',
				path: ['minutes'],
				message: 'Add "minutes:" between 5 and 10; split a longer page into two lessons.',
			});
		if (data.keyTerms.length === 0)
			ctx.addIssue({
				code: 'custom',
				path: ['keyTerms'],
				message: 'List the glossary ids this page teaches in "keyTerms: [..]".',
			});
	});

export type LessonFrontmatter = z.output<typeof LessonFrontmatterSchema>;
