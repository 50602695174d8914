/** One answered question in the review: the learner's answer marked, the right answer on request, the explanation and the lesson section it tests. */
import { useState } from 'preact/hooks';
import type { QuizItem } from '../../schemas/quiz';
import { gradeItem, solution, type Grade } from '../../engine/exercises/grade';
import { feedbackLevel } from '../../engine/exercises/feedback';
import { fill } from '../../data/format';
import type { Labels } from '../exercises/labels';
import Rich from '../exercises/Rich';
import { BODIES } from './bodies';
import type { QuizLabels } from './labels';

interface Props {
	n: number;
	item: QuizItem;
	answer: unknown;
	grade: Grade;
	order: string[];
	source: { href: string; label: string } | undefined;
	labels: QuizLabels;
	exerciseLabels: Labels;
	uid: string;
}

export default function ReviewItem({ n, item, answer, grade, order, source, labels: L, exerciseLabels, uid }: Props) {
	const [right, setRight] = useState(false);
	const level = feedbackLevel(grade);
	const Body = BODIES[item.type];
	const shown = right ? solution(item) : answer;
	return (
		<li class={`pd-quiz-review-item is-${level}`}>
			<h4 class="pd-quiz-review-head">
				{fill(L.reviewItem, { n })}
				<span class={`pd-quiz-verdict is-${level}`}>
					<span aria-hidden="true">{level === 'correct' ? '✓' : level === 'partial' ? '◐' : '✗'}</span>{' '}
					{exerciseLabels[`result.${level}`]} {fill(L.points, { score: grade.score, max: grade.max })}
				</span>
			</h4>
			<p class="pd-quiz-prompt">
				<Rich text={item.prompt} />
			</p>
			<p class="pd-quiz-showing">{right ? L.showingRight : L.showingYours}</p>
			<Body
				item={item}
				answer={shown}
				setAnswer={() => undefined}
				locked
				revealed={right}
				marks={(right ? gradeItem(item, shown) : grade).perPart ?? {}}
				order={order}
				labels={exerciseLabels}
				uid={uid}
				announce={() => undefined}
				submit={() => undefined}
			/>
			{!grade.correct && (
				<button type="button" class="pd-ex-secondary" aria-pressed={right} onClick={() => setRight(!right)}>
					{L.showRight}
				</button>
			)}
			<p>
				<strong>{exerciseLabels.explanation}:</strong> <Rich text={item.explanation} />
			</p>
			{source && (
				<p>
					{exerciseLabels.source} <a href={source.href}>{source.label}</a>
				</p>
			)}
		</li>
	);
}
