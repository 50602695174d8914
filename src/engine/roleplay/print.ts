/**
 * What the facilitator prints, and how many A4 pages it takes: each negotiator's confidential sheet
 * (two pages: the shared background and the brief, then the point schedule), each observer's sheet
 * (one page), one agreement form per group, and the table cards, six to a page.
 */
import type { Group } from './pairing';

export const SHEET_PAGES = 2;
export const OBSERVER_PAGES = 1;
export const FORM_PAGES = 1;
export const CARDS_PER_PAGE = 6;

export interface PrintParts {
	sheets: boolean;
	forms: boolean;
	cards: boolean;
}

export function printPages(groups: readonly Group[], parts: PrintParts): number {
	const members = groups.flatMap((g) => g.members);
	const observers = members.filter((m) => m.role === 'observer').length;
	return (
		(parts.sheets ? (members.length - observers) * SHEET_PAGES + observers * OBSERVER_PAGES : 0) +
		(parts.forms ? groups.length * FORM_PAGES : 0) +
		(parts.cards ? Math.ceil(members.length / CARDS_PER_PAGE) : 0)
	);
}
