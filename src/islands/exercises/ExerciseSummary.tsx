/** A sub-module's exercises on its overview page, with how many the learner has done. */
import { useEffect, useState } from 'preact/hooks';
import { $exerciseResults } from '../../stores/exercise-results';
import { countDone, isExerciseDone } from '../../engine/exercises/results';
import { fill } from '../../data/format';
import { useClientStore } from '../use-client-store';

interface Props {
	exercises: { id: string; title: string; href: string; kind: string; page: string }[];
	labels: { count: string; progress: string; done: string; score: string };
}

export default function ExerciseSummary({ exercises, labels }: Props) {
	const items = useClientStore($exerciseResults, {});
	const [mounted, setMounted] = useState(false);
	useEffect(() => setMounted(true), []);
	const total = exercises.length;
	const done = countDone(
		items,
		exercises.map((e) => e.id),
	);
	return (
		<div class="pd-ex-summary">
			<p class="pd-ex-summary-count">
				{mounted ? fill(labels.progress, { done, total }) : fill(labels.count, { total })}
			</p>
			{mounted && <progress max={total} value={done} aria-hidden="true" />}
			<ol class="pd-ex-summary-list">
				{exercises.map((e) => {
					const result = items[e.id];
					const finished = isExerciseDone(items, e.id);
					return (
						<li key={e.id} class={finished ? 'is-done' : undefined}>
							<a href={e.href}>{e.title}</a>
							{finished && (
								<span class="pd-ex-summary-done">
									{' '}
									<span aria-hidden="true">✓</span> {labels.done}
									{result && result.max > 0 && <> · {fill(labels.score, { score: result.score, max: result.max })}</>}
								</span>
							)}
							<span class="pd-ex-summary-meta">
								{e.kind} · {e.page}
							</span>
						</li>
					);
				})}
			</ol>
		</div>
	);
}
