import { $lessonProgress } from '../stores/lesson-progress';
import { isLessonDone, lastVisited } from '../engine/progress';
import { continueTarget, pageHref, progressByPart, type CourseOutline } from '../engine/syllabus';
import { fill } from '../data/format';
import { useClientStore } from './use-client-store';

interface Props {
	outline: CourseOutline;
	/** Page id → title, for the "next up" line. */
	titles: Record<string, string>;
	partTitles: Record<string, string>;
	labels: { overall: string; continue: string; start: string; allDone: string; nextUp: string; partLabel: string };
}

/** The home page's progress: overall, per part, and the way back to where the learner stopped. */
export default function CourseProgress({ outline, titles, partTitles, labels }: Props) {
	const items = useClientStore($lessonProgress, {});
	const isDone = (id: string) => isLessonDone(items, id);
	const parts = progressByPart(outline, isDone);
	const done = parts.reduce((n, p) => n + p.done, 0);
	const total = parts.reduce((n, p) => n + p.total, 0);
	const target = continueTarget(outline, isDone, lastVisited(items));
	const started = Object.keys(items).length > 0;
	return (
		<section class="pd-course-progress" aria-labelledby="pd-progress-heading">
			<h2 id="pd-progress-heading">{fill(labels.overall, { done, total })}</h2>
			<progress max={total} value={done} aria-labelledby="pd-progress-heading" />
			{target ? (
				<p>
					<a class="pd-continue" href={pageHref(target)}>
						{started ? labels.continue : labels.start}
					</a>{' '}
					<span>{fill(labels.nextUp, { title: titles[target] ?? target })}</span>
				</p>
			) : (
				<p>{labels.allDone}</p>
			)}
			<details>
				<summary>{labels.partLabel}</summary>
				<ul>
					{parts.map((p) => (
						<li key={p.id}>
							<a href={pageHref(p.id === 'pengantar' ? outline.parts[0]!.lessons[0]! : p.id)}>{partTitles[p.id]}</a>:{' '}
							{p.done}/{p.total}
						</li>
					))}
				</ul>
			</details>
		</section>
	);
}
