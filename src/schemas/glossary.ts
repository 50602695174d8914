import { z } from 'zod';

/** Where a term is taught: an absolute course link ending in "/" (optionally with an #anchor). */
export const CourseLinkSchema = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'Use an absolute course link such as /sub-modul-1/sejarah-diplomasi/#anchor');

/** One glossary entry; the files in content/course/glossary/ are lists of these. */
export const GlossaryEntrySchema = z.object({
	/** Unique across all glossary files: lowercase ASCII with "-" (the abbreviation in lowercase for abbreviations). */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The term as shown, e.g. "Paradiplomasi" or "AFTA". */
	term: z.string().min(1),
	/** For abbreviations: the full form, e.g. "ASEAN Free Trade Area". */
	expansion: z.string().nullish(),
	/** One or two sentences in the course's own words. */
	definition: z.string().min(10),
	/** The page (and anchor) where the course teaches it. */
	taught: CourseLinkSchema.nullish(),
	/** A correction of the source, if any (shown with the entry). */
	note: z.string().nullish(),
});

export const GlossaryFileSchema = z.array(GlossaryEntrySchema);
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
