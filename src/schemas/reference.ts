import { z } from 'zod';

/** One work in the bibliography (content/course/references.yaml). */
export const ReferenceSchema = z.object({
	/** `<first author's surname>-<year>`, lowercase ASCII, e.g. "kuznetsov-2015". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The full citation, APA-like; *italics* allowed. */
	citation: z.string().min(10),
	/** module: in the module's Referensi; module-text: cited in its text only; paper: an enrichment paper; outside: added by the course team. */
	origin: z.enum(['module', 'module-text', 'paper', 'outside']),
	/** A DOI or full URL the source gives. */
	url: z.string().url().nullish(),
	/** The correction made to the module's entry, in Indonesian. */
	note: z.string().nullish(),
});

export const ReferenceFileSchema = z.array(ReferenceSchema);
export type Reference = z.output<typeof ReferenceSchema>;
