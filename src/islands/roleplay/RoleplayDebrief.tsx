/**
 * The debrief screen for the projector: how many groups signed and did not (questions a and b),
 * why not (c), each group's scores, the spread per scenario with the agreements plotted against
 * the Pareto frontier, and questions d to f as prompts. Exports CSV and prints.
 */
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { toCsv } from '../../engine/csv';
import { debriefRows, debriefSummary, type GroupRow } from '../../engine/roleplay/debrief';
import { paretoFrontier } from '../../engine/roleplay/frontier';
import { NO_DEAL_REASONS } from '../../engine/roleplay/result-code';
import { collectedResults, participantName, sessionGroups, type SessionGroup } from '../../engine/roleplay/session';
import { codeShape, type FullScenario } from '../../engine/roleplay/views';
import type { RoleplaySession } from '../../schemas/roleplay-session';
import { $roleplaySession } from '../../stores/roleplay-session';
import { useClientStore } from '../use-client-store';
import FrontierPlot, { type PlotMark } from './FrontierPlot';

type L = Labels<'common' | 'debrief' | 'plot'>;

interface Props {
	scenarios: FullScenario[];
	labels: L;
	links: { facilitator: string };
}

export default function RoleplayDebrief({ scenarios, labels: L, links }: Props) {
	const session = useClientStore($roleplaySession, null);
	if (!session)
		return (
			<p class="rp-empty">
				{L['debrief.none']} <a href={links.facilitator}>{L['debrief.toFacilitator']}</a>
			</p>
		);
	const groups = sessionGroups(
		session,
		scenarios.map((s) => s.id),
	);
	const results = collectedResults(session, scenarios.map(codeShape));
	const rows = debriefRows(scenarios, groups, results);
	const summary = debriefSummary(scenarios, rows);
	const byId = (id: string) => scenarios.find((s) => s.id === id)!;
	const issue = (id: string) => L[`common.issue.${byId(id).issue}`];
	const stuck = rows.filter((r) => r.reason === 'butir-macet' && r.item !== undefined);

	return (
		<div class="rp-debrief">
			<section aria-labelledby="rp-q-ab">
				<h2 id="rp-q-ab">{L['debrief.qab']}</h2>
				<div class="rp-stats">
					<p class="rp-stat rp-stat-signed">
						<span class="rp-stat-n">{summary.signed}</span> {L['debrief.signed']} <span class="rp-stat-q">(a)</span>
					</p>
					<p class="rp-stat rp-stat-not">
						<span class="rp-stat-n">{summary.notSigned}</span> {L['debrief.notSigned']} <span class="rp-stat-q">(b)</span>
					</p>
					{summary.notReported > 0 && (
						<p class="rp-stat rp-stat-missing">
							<span class="rp-stat-n">{summary.notReported}</span> {L['debrief.notReported']}
						</p>
					)}
				</div>
			</section>
			<section aria-labelledby="rp-q-c">
				<h2 id="rp-q-c">{L['debrief.qc']}</h2>
				<ul class="rp-reasons">
					{NO_DEAL_REASONS.filter((r) => summary.reasons[r] > 0).map((r) => (
						<li>
							<span class="rp-reason-n">{summary.reasons[r]}</span> {L[`common.reason.${r}`]}
						</li>
					))}
				</ul>
				{summary.notSigned === 0 && <p>{L['debrief.noReasons']}</p>}
				{stuck.length > 0 && (
					<p>
						{L['debrief.stuckItems']}{' '}
						{stuck.map((r) => fill(L['debrief.stuckItem'], { group: r.group, item: byId(r.scenario).items[r.item!]!.title })).join('; ')}.
					</p>
				)}
				<p class="rp-prompt">{L['debrief.qcPrompt']}</p>
			</section>
			<section aria-labelledby="rp-scores">
				<h2 id="rp-scores">{L['debrief.scores']}</h2>
				<p>{L['debrief.scoresNote']}</p>
				<ScoreTable rows={rows} issue={issue} L={L} />
			</section>
			<section aria-labelledby="rp-spread">
				<h2 id="rp-spread">{L['debrief.spread']}</h2>
				{summary.spread.map((sp) => {
					const s = byId(sp.scenario);
					const mine = rows.filter((r) => r.scenario === s.id && r.signed !== null);
					return (
						<div class="rp-spread">
							<h3>
								{issue(s.id)}: {s.title}
							</h3>
							<p>
								{fill(L['debrief.spreadLine'], { reported: sp.reported, signed: sp.signed, best: sp.bestJoint })}{' '}
								{sp.jointMin !== undefined &&
									fill(L['debrief.spreadRange'], { min: sp.jointMin, max: sp.jointMax!, mean: sp.jointMean!, frontier: sp.onFrontier })}
							</p>
							<FrontierPlot
								id={`rp-plot-${s.id}`}
								title={fill(L['debrief.plotTitle'], { issue: issue(s.id) })}
								frontier={paretoFrontier(s)}
								marks={marks(mine)}
								reservation={{ marvel: s.sides.marvel.reservation, batman: s.sides.batman.reservation }}
								labels={L}
							/>
						</div>
					);
				})}
			</section>
			<section aria-labelledby="rp-questions">
				<h2 id="rp-questions">{L['debrief.questions']}</h2>
				<ol class="rp-questions" type="a" start={4}>
					<li>{L['debrief.qd']}</li>
					<li>{L['debrief.qe']}</li>
					<li>{L['debrief.qf']}</li>
				</ol>
			</section>
			<p class="rp-actions rp-no-print">
				<button type="button" class="pd-button" onClick={() => download(session, groups, rows, scenarios, L)}>
					{L['debrief.csv']}
				</button>
				<button type="button" class="pd-button rp-secondary" onClick={() => print()}>
					{L['debrief.print']}
				</button>
			</p>
		</div>
	);
}

/** Groups with the same result share one mark, labelled with all their numbers. */
function marks(rows: GroupRow[]): PlotMark[] {
	const out: PlotMark[] = [];
	for (const r of rows) {
		const same = out.find((m) => m.marvel === r.marvel && m.batman === r.batman && m.signed === r.signed);
		if (same) same.label += `,${r.group}`;
		else out.push({ marvel: r.marvel!, batman: r.batman!, signed: Boolean(r.signed), label: String(r.group) });
	}
	return out;
}

function notes(row: GroupRow, L: L): string {
	return [
		...row.belowReservation.map((side) => fill(L['debrief.below'], { side: L[`common.${side}`] })),
		...row.outsideMandate.map((side) => fill(L['debrief.outside'], { side: L[`common.${side}`] })),
		...(row.otherScenario ? [L['debrief.otherIssue']] : []),
	].join('; ');
}

function ScoreTable({ rows, issue, L }: { rows: GroupRow[]; issue: (id: string) => string; L: L }) {
	return (
		<div class="rp-table-wrap">
			<table class="rp-table rp-score-table">
				<caption class="sr-only">{L['debrief.scores']}</caption>
				<thead>
					<tr>
						<th scope="col">{L['common.group']}</th>
						<th scope="col">{L['common.issue']}</th>
						<th scope="col">{L['debrief.result']}</th>
						<th scope="col">{L['common.marvel']}</th>
						<th scope="col">{L['common.batman']}</th>
						<th scope="col">{L['debrief.joint']}</th>
						<th scope="col">{L['debrief.gap']}</th>
						<th scope="col">{L['debrief.notes']}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((r) => (
						<tr>
							<th scope="row">{r.group}</th>
							<td>{issue(r.scenario)}</td>
							<td>{r.signed === null ? L['debrief.waiting'] : r.signed ? L['common.signed'] : `${L['common.notSigned']}: ${L[`common.reason.${r.reason!}`]}`}</td>
							<td class="rp-num">{r.marvel ?? '–'}</td>
							<td class="rp-num">{r.batman ?? '–'}</td>
							<td class="rp-num">{r.joint ?? '–'}</td>
							<td class="rp-num">{r.gap ?? '–'}</td>
							<td>{notes(r, L)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

function download(session: RoleplaySession, groups: SessionGroup[], rows: GroupRow[], scenarios: FullScenario[], L: L) {
	const who = (g: SessionGroup | undefined, role: string) =>
		(g?.members ?? [])
			.filter((m) => m.role === role)
			.map((m) => participantName(session, m.participant, L['common.participant']))
			.join('; ');
	const header = [
		L['common.group'],
		L['common.issue'],
		L['common.marvel'],
		L['common.batman'],
		L['common.observer'],
		L['debrief.result'],
		L['debrief.reason'],
		L['debrief.csvStuck'],
		L['debrief.csvOptions'],
		fill(L['debrief.csvPoints'], { side: L['common.marvel'] }),
		fill(L['debrief.csvPoints'], { side: L['common.batman'] }),
		L['debrief.joint'],
		L['debrief.gap'],
		L['debrief.notes'],
	];
	const body = rows.map((r) => {
		const s = scenarios.find((x) => x.id === r.scenario)!;
		const g = groups.find((x) => x.number === r.group);
		return [
			r.group,
			L[`common.issue.${s.issue}`],
			who(g, 'marvel'),
			who(g, 'batman'),
			who(g, 'observer'),
			r.signed === null ? L['debrief.waiting'] : r.signed ? L['common.signed'] : L['common.notSigned'],
			r.reason ? L[`common.reason.${r.reason}`] : '',
			r.item !== undefined ? s.items[r.item]!.title : '',
			r.options ? r.options.map((o, i) => `${s.items[i]!.title}: ${s.items[i]!.options[o]!.label}`).join(' | ') : '',
			r.marvel ?? '',
			r.batman ?? '',
			r.joint ?? '',
			r.gap ?? '',
			notes(r, L),
		];
	});
	const url = URL.createObjectURL(new Blob([toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = L['debrief.csvFile'];
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
