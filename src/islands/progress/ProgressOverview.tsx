import { fill } from '../../data/format';
import { summariseProgress, type CoursePlan, type Score } from '../../engine/progress-summary';
import { pageHref } from '../../engine/syllabus';
import { formatDate, type Labels } from './labels';
import { useProgressData } from './use-progress';

export interface PartInfo {
	id: string;
	title: string;
	href: string;
	/** The part's own quiz page, if it has one. */
	quizHref?: string;
}

interface Props {
	plan: CoursePlan;
	parts: PartInfo[];
	/** Page id → title, for "continue where you left off". */
	titles: Record<string, string>;
	/** Quiz pages, when the course has them. */
	quizHrefs: { preTest?: string | undefined; postTest?: string | undefined };
	scenarios: { id: string; title: string }[];
	roleplayHref: string;
	labels: Labels;
}

/** The progress page's summary: where to continue, then lessons, exercises and quizzes per part. */
export default function ProgressOverview({ plan, parts, titles, quizHrefs, scenarios, roleplayHref, labels: L }: Props) {
	const summary = summariseProgress(plan, useProgressData());
	const { totals, prePost } = summary;
	const score = (s: Score) => fill(L.scoreValue, { percent: s.percent, score: s.score, max: s.max, date: formatDate(s.at) });
	const gainSign = prePost.gain !== undefined && prePost.gain > 0 ? '+' : '';
	return (
		<div class="pd-progress-page">
			<div class="pd-progress-continue">
				<p class="pd-progress-totals">
					<strong>{fill(L.lessonsTotal, { done: totals.lessonsDone, total: totals.lessons })}</strong>
					{totals.exercises > 0 && <> · {fill(L.exercisesTotal, { done: totals.exercisesDone, total: totals.exercises })}</>}
				</p>
				{summary.continueAt ? (
					<p>
						<a class="pd-button" href={pageHref(summary.continueAt)}>
							{summary.started ? L.continue : L.start}
						</a>{' '}
						<span>{fill(L.nextUp, { title: titles[summary.continueAt] ?? summary.continueAt })}</span>
					</p>
				) : (
					<p>{L.allDone}</p>
				)}
				{!summary.started && <p>{L.notStarted}</p>}
			</div>

			<ul class="pd-progress-parts" aria-label={L.partsLabel}>
				{summary.parts.map((part) => {
					const info = parts.find((p) => p.id === part.id);
					return (
						<li key={part.id} class="pd-progress-part">
							<h3>
								<a href={info?.href}>{info?.title ?? part.id}</a>
							</h3>
							<progress max={part.lessons.total} value={part.lessons.done} aria-hidden="true" />
							<dl>
								<div>
									<dt>{L.lessons}</dt>
									<dd>
										{fill(L.count, { done: part.lessons.done, total: part.lessons.total })}
									</dd>
								</div>
								{part.exercises.total > 0 && (
									<div>
										<dt>{L.exercises}</dt>
										<dd>
											{fill(L.count, { done: part.exercises.done, total: part.exercises.total })}
											{part.exercises.max > 0 && <> · {fill(L.exercisePoints, { score: part.exercises.score, max: part.exercises.max })}</>}
										</dd>
									</div>
								)}
								{part.quiz && (
									<div>
										<dt>
											{info?.quizHref ? (
												<a href={info.quizHref}>
													{L.quiz}
													<span class="sr-only"> {info.title}</span>
												</a>
											) : (
												L.quiz
											)}
										</dt>
										<dd>
											{part.quiz.best ? fill(L.quizBest, { percent: part.quiz.best.percent, attempts: part.quiz.attempts }) : L.notYet}
										</dd>
									</div>
								)}
							</dl>
						</li>
					);
				})}
			</ul>

			{(plan.preTest || plan.postTest) && (
				<section class="pd-progress-box" aria-labelledby="pd-prepost-heading">
					<h3 id="pd-prepost-heading">{L.prePostHeading}</h3>
					<dl>
						<div>
							<dt>{quizHrefs.preTest ? <a href={quizHrefs.preTest}>{L.preTest}</a> : L.preTest}</dt>
							<dd>{prePost.pre ? score(prePost.pre) : L.notYet}</dd>
						</div>
						<div>
							<dt>{quizHrefs.postTest ? <a href={quizHrefs.postTest}>{L.postTest}</a> : L.postTest}</dt>
							<dd>{prePost.post ? score(prePost.post) : L.notYet}</dd>
						</div>
						<div>
							<dt>{L.gain}</dt>
							<dd>{prePost.gain !== undefined ? fill(L.gainValue, { sign: gainSign, points: prePost.gain }) : L.gainNeedsBoth}</dd>
						</div>
					</dl>
				</section>
			)}

			{scenarios.length > 0 && (
				<section class="pd-progress-box" aria-labelledby="pd-roleplay-heading">
					<h3 id="pd-roleplay-heading">
						<a href={roleplayHref}>{L.roleplayHeading}</a>
					</h3>
					<ul>
						{summary.roleplay.map((r) => (
							<li key={r.id}>
								<strong>{scenarios.find((s) => s.id === r.id)?.title ?? r.id}</strong>:{' '}
								{r.games === 0
									? L.notPlayed
									: fill(r.bestPoints !== undefined ? L.roleplayGamesBest : L.roleplayGames, { games: r.games, deals: r.deals, points: r.bestPoints ?? 0 })}
							</li>
						))}
					</ul>
				</section>
			)}
		</div>
	);
}
