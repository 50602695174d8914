/**
 * What each page may show of a scenario. A side's sheet carries only that side's points; the group
 * result page carries no points at all; the debrief and the facilitator's print view see everything.
 */
import type { ISSUES, Scenario, SideSheet } from '../../schemas/roleplay';
import { otherSide, type Side } from './model';

export type FullScenario = Scenario & { id: string };

export interface SideView {
	id: string;
	number: number;
	issue: (typeof ISSUES)[number];
	title: string;
	background: string[];
	agreementTitle: string;
	side: Side;
	sheet: SideSheet;
	/** The other side's party name (public). */
	partner: string;
	items: { id: string; title: string; question: string; options: { label: string; points: number; outsideMandate: boolean }[] }[];
}

export function sideView(scenario: FullScenario, side: Side): SideView {
	return {
		id: scenario.id,
		number: scenario.number,
		issue: scenario.issue,
		title: scenario.title,
		background: scenario.background,
		agreementTitle: scenario.agreementTitle,
		side,
		sheet: scenario.sides[side],
		partner: scenario.sides[otherSide(side)].party,
		items: scenario.items.map((item) => ({
			id: item.id,
			title: item.title,
			question: item.question,
			options: item.options.map((o) => ({ label: o.label, points: o[side], outsideMandate: o.outsideMandate.includes(side) })),
		})),
	};
}

/** The public part of a scenario: what the agreement form and the group result page show. */
export interface PublicView {
	id: string;
	number: number;
	issue: (typeof ISSUES)[number];
	title: string;
	agreementTitle: string;
	parties: Record<Side, string>;
	items: { id: string; title: string; question: string; options: string[] }[];
}

export function publicView(scenario: FullScenario): PublicView {
	return {
		id: scenario.id,
		number: scenario.number,
		issue: scenario.issue,
		title: scenario.title,
		agreementTitle: scenario.agreementTitle,
		parties: { marvel: scenario.sides.marvel.party, batman: scenario.sides.batman.party },
		items: scenario.items.map((item) => ({ id: item.id, title: item.title, question: item.question, options: item.options.map((o) => o.label) })),
	};
}

/** The shape the result codes need. */
export function codeShape(scenario: { id: string; number: number; items: readonly { options: readonly unknown[] }[] }) {
	return { id: scenario.id, number: scenario.number, optionCounts: scenario.items.map((i) => i.options.length) };
}

/** The path of a side's sheet page. */
export function sheetPath(scenario: string, side: Side): string {
	return `/permainan-peran/lembar/${scenario}-${side}/`;
}
