/**
 * The debrief in numbers: per group, what was signed and what each side scored; overall, how many
 * signed (questions a and b), why not (c), and the spread per scenario.
 */
import { bestJoint, gapToFrontier } from './frontier';
import { noDeal, outsideMandate, score, SIDES, type ScenarioModel, type Side } from './model';
import { NO_DEAL_REASONS, type GroupResult, type NoDealReason } from './result-code';

export interface DebriefScenario extends ScenarioModel {
	id: string;
	number: number;
}

export interface PlannedGroup {
	number: number;
	/** The scenario id the group was given. */
	scenario: string;
}

export interface GroupRow {
	group: number;
	/** The scenario the group reported on (or was given, if it has not reported). */
	scenario: string;
	/** null while the group has not reported. */
	signed: boolean | null;
	reason?: NoDealReason;
	/** The item the group could not agree on (0-based), for "butir-macet". */
	item?: number;
	options?: number[];
	marvel?: number;
	batman?: number;
	joint?: number;
	/** Points left on the table (see gapToFrontier). */
	gap?: number;
	/** Sides whose agreement is below their reservation value. */
	belowReservation: Side[];
	/** Sides whose agreement contains an option outside their mandate. */
	outsideMandate: Side[];
	/** The reported scenario differs from the one planned for the group. */
	otherScenario: boolean;
}

export function debriefRows(scenarios: readonly DebriefScenario[], groups: readonly PlannedGroup[], results: ReadonlyMap<number, GroupResult>): GroupRow[] {
	const numbers = [...new Set([...groups.map((g) => g.number), ...results.keys()])].sort((a, b) => a - b);
	return numbers.map((number) => {
		const planned = groups.find((g) => g.number === number);
		const result = results.get(number);
		const scenario = result ? scenarios.find((s) => s.number === result.scenario) : scenarios.find((s) => s.id === planned?.scenario);
		const row: GroupRow = {
			group: number,
			scenario: scenario?.id ?? planned?.scenario ?? '',
			signed: null,
			belowReservation: [],
			outsideMandate: [],
			otherScenario: Boolean(result && planned && scenario && scenario.id !== planned.scenario),
		};
		if (!result || !scenario) return row;
		row.signed = result.signed;
		const points = result.signed
			? { marvel: score(scenario, 'marvel', result.options), batman: score(scenario, 'batman', result.options) }
			: noDeal(scenario);
		if (result.signed) {
			row.options = result.options;
			row.belowReservation = SIDES.filter((side) => points[side] < scenario.sides[side].reservation);
			row.outsideMandate = SIDES.filter((side) => outsideMandate(scenario, side, result.options).length > 0);
		} else {
			row.reason = result.reason;
			if (result.item !== undefined) row.item = result.item;
		}
		row.marvel = points.marvel;
		row.batman = points.batman;
		row.joint = points.marvel + points.batman;
		row.gap = gapToFrontier(scenario, points);
		return row;
	});
}

export interface ScenarioSpread {
	scenario: string;
	reported: number;
	signed: number;
	/** Joint scores of the groups that signed: lowest, highest, mean (rounded). */
	jointMin?: number;
	jointMax?: number;
	jointMean?: number;
	/** The best joint score the scenario allows. */
	bestJoint: number;
	/** Signed agreements that lie on the frontier. */
	onFrontier: number;
}

export interface DebriefSummary {
	signed: number;
	notSigned: number;
	notReported: number;
	reasons: Record<NoDealReason, number>;
	spread: ScenarioSpread[];
}

export function debriefSummary(scenarios: readonly DebriefScenario[], rows: readonly GroupRow[]): DebriefSummary {
	const reasons = Object.fromEntries(NO_DEAL_REASONS.map((r) => [r, 0])) as Record<NoDealReason, number>;
	for (const row of rows) if (row.reason) reasons[row.reason]++;
	const spread = scenarios
		.filter((s) => rows.some((r) => r.scenario === s.id))
		.map((s): ScenarioSpread => {
			const mine = rows.filter((r) => r.scenario === s.id && r.signed !== null);
			const joints = mine.filter((r) => r.signed).map((r) => r.joint!);
			const out: ScenarioSpread = {
				scenario: s.id,
				reported: mine.length,
				signed: joints.length,
				bestJoint: bestJoint(s),
				onFrontier: mine.filter((r) => r.signed && r.gap === 0).length,
			};
			if (joints.length > 0) {
				out.jointMin = Math.min(...joints);
				out.jointMax = Math.max(...joints);
				out.jointMean = Math.round(joints.reduce((a, b) => a + b, 0) / joints.length);
			}
			return out;
		});
	return {
		signed: rows.filter((r) => r.signed === true).length,
		notSigned: rows.filter((r) => r.signed === false).length,
		notReported: rows.filter((r) => r.signed === null).length,
		reasons,
		spread,
	};
}
