import { z } from 'zod';

/** One step of the facilitator's process (*proses*) in a 90-minute session. */
export const ProcessStepSchema = z.object({
	/** A short name for the step, e.g. "Curah pendapat di kertas plano". */
	title: z.string().min(3),
	/** Suggested minutes for the step. */
	minutes: z.number().int().min(1).max(90),
	/** true only where the module itself gives this duration; otherwise it is the course's suggestion. */
	fromModule: z.boolean().default(false),
	/** What the facilitator does and asks, in one to three sentences. */
	detail: z.string().min(10),
	/** Media to prepare for this step (flip chart, kertas plano …). */
	media: z.array(z.string()).default([]),
	/** Slug of the lesson (in the same sub-module) this step uses. */
	lesson: z.string().optional(),
});

/** A sub-module as a session of the workshop: content/course/sessions/sub-modul-N.yaml. */
export const SessionSchema = z
	.object({
		/** 1 to 5. */
		number: z.number().int().min(1).max(5),
		/** The course's title for the sub-module. */
		title: z.string().min(3),
		/** Titles the module itself uses where they differ (table of contents, matrix, heading). */
		moduleTitles: z.array(z.string()).default([]),
		/** Length of the session in minutes: always 90. */
		minutes: z.literal(90),
		/** The session's description (*deskripsi*). */
		description: z.string().min(20),
		/** The session's goal (*tujuan*). */
		goal: z.string().min(10),
		/** Media and tools (*media/alat bantu*). */
		media: z.array(z.string()).min(1),
		/** Methods (*metode*). */
		methods: z.array(z.string()).min(1),
		/** The facilitator's steps in order; their minutes add up to 90. */
		process: z.array(ProcessStepSchema).min(1),
		/** Page slugs of the sub-module in reading order (the overview `index` is not listed). */
		lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
	})
	.superRefine((s, ctx) => {
		const total = s.process.reduce((sum, step) => sum + step.minutes, 0);
		if (total !== s.minutes)
			ctx.addIssue({
				code: 'custom',
				path: ['process'],
				message: `The process minutes add up to ${total}, not ${s.minutes}: adjust the steps' "minutes".`,
			});
	});

export type Session = z.output<typeof SessionSchema>;
export type ProcessStep = z.output<typeof ProcessStepSchema>;

/** content/course/pengantar.yaml: the introduction's pages in reading order. */
export const PengantarSchema = z.object({
	lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
});

/** content/course/tools.yaml: the tool pages, in sidebar order. */
export const ToolsSchema = z.object({
	pages: z.array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/)).default([]),
});
