import { z } from 'zod';
import { scenarioProblems } from '../engine/roleplay/design';

/** The two large groups of the module's role-play. */
export const SIDES = ['marvel', 'batman'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.output<typeof SideSchema>;

/** The module's three predetermined issues (Sub-modul 5, langkah 2). */
export const ISSUES = ['pembangunan', 'perdagangan', 'investasi'] as const;

/** A constraint the lessons teach, with the lesson that teaches it. */
export const ConstraintSchema = z.object({
	/** The constraint as the side's sheet states it, in one or two sentences. */
	text: z.string().min(20),
	/** The lesson that teaches it: a page path under content/docs, optionally with #anchor,
	 * e.g. "sub-modul-4/investasi-asing-di-daerah#1-berkonsultasi-dengan-pemerintah-pusat". */
	lesson: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, 'Write a page path such as "sub-modul-4/x#anchor".'),
});

/** One side's confidential sheet. */
export const SideSheetSchema = z.object({
	/** The party this side plays, e.g. "Pemerintah Provinsi Nusa Kenanga". */
	party: z.string().min(5),
	/** Who sits at the table, e.g. "Kepala Bappeda (ketua), Kepala Biro Kerja Sama". */
	delegation: z.string().min(5),
	/** Who you are and how you got here, in two to four sentences (second person: "Anda …"). */
	character: z.string().min(40),
	/** What you may agree to and sign today, in one to three sentences. */
	mandate: z.string().min(30),
	/** What your side wants, and why (the interests behind the positions). */
	interests: z.array(z.string().min(10)).min(2).max(5),
	/** What your superiors insist on. */
	superiors: z.array(z.string().min(10)).min(1).max(4),
	/** Constraints taught in the lessons (central government, DPRD, RPJMD, what may be signed). */
	constraints: z.array(ConstraintSchema).min(1).max(4),
	/** Your best alternative if there is no agreement (BATNA), and what it is worth in points. */
	batna: z.object({
		/** What happens if you walk away, in one or two sentences. */
		text: z.string().min(20),
		/** Its value on your point schedule (0–100). */
		points: z.number().int().min(0).max(100),
	}),
	/** The least your side may sign, in points (your reservation value); not below the BATNA's points. */
	reservation: z.number().int().min(1).max(99),
});

/** One option of a negotiable item, with each side's points. */
export const OptionSchema = z.object({
	/** The option as it would be written in the agreement, one line. */
	label: z.string().min(3),
	/** Marvel's points for this option (0–100). Marvel sees only these. */
	marvel: z.number().int().min(0).max(100),
	/** Batman's points for this option (0–100). Batman sees only these. */
	batman: z.number().int().min(0).max(100),
	/** Sides that have no mandate to sign this option (their superiors or the rules forbid it). */
	outsideMandate: z.array(SideSchema).default([]),
});

/** A negotiable item of the agreement. */
export const ItemSchema = z.object({
	/** A short stable id, e.g. "lokasi". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The item's name as the agreement form shows it, e.g. "Lokasi program". */
	title: z.string().min(3),
	/** The question the item settles, e.g. "Di kabupaten mana program dijalankan?". */
	question: z.string().min(10),
	/** Three to five options. Their order is part of the result codes: never reorder once printed. */
	options: z.array(OptionSchema).min(3).max(5),
});

/** A role-play scenario: content/roleplay/<id>.yaml. Marvel is the Indonesian regional government's
 * delegation, Batman the foreign partner. */
export const ScenarioSchema = z
	.object({
		/** 1 to 15, unique; it is written into result codes, so never change or reuse it. */
		number: z.number().int().min(1).max(15),
		/** Which of the module's three issues this scenario plays. */
		issue: z.enum(ISSUES),
		/** The scenario's title, e.g. "Program Pasar Tani Sejahtera". */
		title: z.string().min(5),
		/** Public background both sides read: two to four short paragraphs, fictional places. */
		background: z.array(z.string().min(40)).min(2).max(4),
		/** Where the scenario borrows from the course's sources (shown to facilitators), one sentence. */
		inspiredBy: z.string().min(20),
		/** The title of the document the parties would sign, e.g. "Nota Kesepahaman …". */
		agreementTitle: z.string().min(10),
		sides: z.object({ marvel: SideSheetSchema, batman: SideSheetSchema }),
		/** Four to six negotiable items. Their order is part of the result codes. */
		items: z.array(ItemSchema).min(4).max(6),
	})
	.superRefine((scenario, ctx) => {
		for (const side of SIDES) {
			const sheet = scenario.sides[side];
			if (sheet.batna.points > sheet.reservation)
				ctx.addIssue({
					code: 'custom',
					path: ['sides', side, 'reservation'],
					message: `The reservation value (${sheet.reservation}) is below the BATNA's ${sheet.batna.points} points: no side signs for less than walking away gives it. Raise "reservation" or lower "batna.points".`,
				});
		}
		const ids = new Set<string>();
		scenario.items.forEach((item, i) => {
			if (ids.has(item.id))
				ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `The item id "${item.id}" is used twice.` });
			ids.add(item.id);
		});
		for (const problem of scenarioProblems(scenario))
			ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type SideSheet = z.output<typeof SideSheetSchema>;
export type Item = z.output<typeof ItemSchema>;
