import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../data/format';
import { summariseProgress, type CoursePlan, type Score } from '../../engine/progress-summary';
import { LEARNER_LIMITS } from '../../schemas/learner';
import { $learner, LEARNER_ID, saveLearner } from '../../stores/learner';
import { useClientStore } from '../use-client-store';
import { formatDate, type Labels } from './labels';
import { useProgressData } from './use-progress';

interface Props {
	plan: CoursePlan;
	/** Part id → short name ("Pengantar", "Sub-modul 3"). */
	partNames: Record<string, string>;
	module: { title: string; publisher: string; minutes: number; sessions: number };
	labels: Labels;
}

/**
 * The completion record: the learner types their name, NIP and agency (kept on this device), and
 * prints a one-page A4 self-study record with the module, dates and scores. Everything typed is
 * rendered as text.
 */
export default function CompletionRecord({ plan, partNames, module, labels: L }: Props) {
	const learner = useClientStore($learner, {})[LEARNER_ID];
	const summary = summariseProgress(plan, useProgressData());
	// The print date only exists in the browser (the server's would be the build's).
	const [today, setToday] = useState<number | undefined>();
	useEffect(() => {
		const update = () => setToday(Date.now());
		update();
		window.addEventListener('beforeprint', update);
		return () => window.removeEventListener('beforeprint', update);
	}, []);

	const details = { name: learner?.name ?? '', nip: learner?.nip ?? '', agency: learner?.agency ?? '' };
	const edit = (field: keyof typeof details) => (event: Event) =>
		saveLearner({ ...details, [field]: (event.currentTarget as HTMLInputElement).value });
	const hasQuiz = summary.parts.some((p) => p.quiz);
	const { totals, prePost } = summary;
	const score = (s: Score | undefined) => (s ? fill(L.recordScore, { percent: s.percent, score: s.score, max: s.max }) : L.notYet);
	const period = summary.firstActivity !== undefined ? `${formatDate(summary.firstActivity)} – ${formatDate(summary.lastActivity!)}` : L.recordNoActivity;

	return (
		<div class="pd-record">
			<fieldset class="pd-record-form">
				<legend>{L.recordFormLegend}</legend>
				<p class="pd-progress-hint">{L.recordFormHint}</p>
				<label>
					<span>{L.recordName}</span>
					<input type="text" autocomplete="name" maxLength={LEARNER_LIMITS.name} value={details.name} onInput={edit('name')} />
				</label>
				<label>
					<span>{L.recordNip}</span>
					<input type="text" inputMode="numeric" maxLength={LEARNER_LIMITS.nip} value={details.nip} onInput={edit('nip')} aria-describedby="pd-record-nip-hint" />
				</label>
				<small id="pd-record-nip-hint">{L.recordNipHint}</small>
				<label>
					<span>{L.recordAgency}</span>
					<input type="text" autocomplete="organization" maxLength={LEARNER_LIMITS.agency} value={details.agency} onInput={edit('agency')} />
				</label>
			</fieldset>

			<p class="pd-progress-actions">
				<button type="button" class="pd-button" onClick={() => window.print()}>
					{L.recordPrint}
				</button>
			</p>
			<p class="pd-progress-hint">{details.name.trim() === '' ? L.recordNeedsName : L.recordPrintHint}</p>

			<article class="pd-record-sheet" aria-labelledby="pd-record-title">
				<p class="pd-record-kicker">{L.recordKicker}</p>
				<h3 id="pd-record-title">{L.recordTitle}</h3>
				<dl class="pd-record-fields">
					<div>
						<dt>{L.recordName}</dt>
						<dd class="pd-record-name">{details.name.trim() || L.recordNoName}</dd>
					</div>
					{details.nip.trim() !== '' && (
						<div>
							<dt>{L.recordNipShort}</dt>
							<dd>{details.nip}</dd>
						</div>
					)}
					<div>
						<dt>{L.recordAgency}</dt>
						<dd>{details.agency.trim() || '–'}</dd>
					</div>
					<div>
						<dt>{L.recordModule}</dt>
						<dd>
							<cite>{module.title}</cite> ({module.publisher})
						</dd>
					</div>
					<div>
						<dt>{L.recordLoad}</dt>
						<dd>{fill(L.recordMinutes, { minutes: module.minutes, sessions: module.sessions, each: module.minutes / module.sessions })}</dd>
					</div>
					<div>
						<dt>{L.recordPeriod}</dt>
						<dd>{period}</dd>
					</div>
					<div>
						<dt>{L.recordPrinted}</dt>
						<dd>{today !== undefined ? formatDate(today) : '–'}</dd>
					</div>
				</dl>

				<table class="pd-record-table">
					<caption>{L.recordTableCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{L.recordPart}</th>
							<th scope="col">{L.lessons}</th>
							<th scope="col">{L.exercises}</th>
							{hasQuiz && <th scope="col">{L.quiz}</th>}
						</tr>
					</thead>
					<tbody>
						{summary.parts.map((part) => (
							<tr key={part.id}>
								<th scope="row">{partNames[part.id] ?? part.id}</th>
								<td>{fill(L.count, { done: part.lessons.done, total: part.lessons.total })}</td>
								<td>
									{part.exercises.total > 0 ? fill(L.count, { done: part.exercises.done, total: part.exercises.total }) : '–'}
									{part.exercises.max > 0 && ` (${fill(L.exercisePoints, { score: part.exercises.score, max: part.exercises.max })})`}
								</td>
								{hasQuiz && <td>{part.quiz ? (part.quiz.best ? `${part.quiz.best.percent}%` : L.notYet) : '–'}</td>}
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">{L.recordTotal}</th>
							<td>{fill(L.count, { done: totals.lessonsDone, total: totals.lessons })}</td>
							<td>{fill(L.count, { done: totals.exercisesDone, total: totals.exercises })}</td>
							{hasQuiz && <td />}
						</tr>
					</tfoot>
				</table>

				{(plan.preTest || plan.postTest) && (
					<p>
						{L.preTest}: {score(prePost.pre)} · {L.postTest}: {score(prePost.post)}
						{prePost.gain !== undefined && ` · ${L.gain}: ${fill(L.gainValue, { sign: prePost.gain > 0 ? '+' : '', points: prePost.gain })}`}
					</p>
				)}
				{summary.roleplay.some((r) => r.games > 0) && (
					<p>
						{L.roleplayHeading}:{' '}
						{fill(L.recordRoleplay, {
							games: summary.roleplay.reduce((n, r) => n + r.games, 0),
							deals: summary.roleplay.reduce((n, r) => n + r.deals, 0),
						})}
					</p>
				)}
				<p class="pd-record-disclaimer">{L.recordDisclaimer}</p>
			</article>
		</div>
	);
}
