/**
 * A quiz for one learner: a start screen with earlier attempts, one question per screen (the
 * exercise bodies, no checking on the way), then the score, a review of every answer with its
 * explanation and lesson link, and a retry in a new seeded order. Every change goes to
 * $quizAttempts, so a reload resumes the attempt. In participant mode the class's fixed order is
 * used and the caller adds the result code to the result screen.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { QuizItem } from '../../schemas/quiz';
import type { QuizAttempt } from '../../schemas/progress';
import {
	attemptOrder,
	finishedAttempts,
	formatPercent,
	learnerGain,
	newSeed,
	partOrder,
	percent,
	scoreAnswers,
	shownAnswer,
	unanswered,
	untouchedOrders,
} from '../../engine/quiz';
import { openAttempt } from '../../engine/quiz-attempts';
import { $quizAttempts, finishQuizAttempt, saveQuizAnswer, startQuizAttempt } from '../../stores/quiz-attempts';
import { fill } from '../../data/format';
import { useClientStore } from '../use-client-store';
import type { Labels } from '../exercises/labels';
import Rich from '../exercises/Rich';
import { BODIES } from './bodies';
import type { QuizLabels } from './labels';
import ReviewItem from './ReviewItem';

export interface SourceLink {
	href: string;
	label: string;
}

export type QuizKind = 'check' | 'pre' | 'post' | 'participant';

export interface QuizRunnerProps {
	/** The id attempts are saved under: "sub-modul-3", "pre-test", "kelas-sub-modul-3" … */
	quizId: string;
	kind: QuizKind;
	items: QuizItem[];
	sources: Record<string, SourceLink>;
	labels: QuizLabels;
	exerciseLabels: Labels;
	/** Class mode: the set's order of items and of each item's cards, its seed, and the participant number. */
	fixed?: { order: string[]; parts: Record<string, string[]>; seed: number; participant?: number };
	/** Shown with the result of a finished attempt (the participant's code). */
	resultExtra?: (attempt: QuizAttempt) => ComponentChildren;
	/** Where the post-test sends a learner who has not taken the pre-test. */
	preTestHref?: string;
	/** false while something the caller asks for is not valid yet (a participant number). */
	canStart?: boolean;
}

/** The order of an item's options: the class's A–D order in class mode (choice items; a true/false
 * item's cards are Benar/Salah, not its statement), else the attempt's seeded order. */
function shownOrder(item: QuizItem, seed: number, fixed: QuizRunnerProps['fixed']): string[] {
	return fixed && (item.type === 'single' || item.type === 'multiple')
		? (fixed.parts[item.id] ?? partOrder(item, seed))
		: partOrder(item, seed);
}

function formatDate(ms: number): string {
	return new Date(ms).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

export default function QuizRunner(props: QuizRunnerProps) {
	const { quizId, kind, items, labels: L, fixed } = props;
	const results = useClientStore($quizAttempts, {});
	const result = results[quizId];
	const open = openAttempt(result);
	const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
	const [reviewing, setReviewing] = useState<number | null>(null);
	const [index, setIndex] = useState(0);
	const [confirming, setConfirming] = useState(false);
	const [spoken, setSpoken] = useState('');
	const [focusHeading, setFocusHeading] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);

	// Resuming after a reload: go to the first question not answered yet.
	useEffect(() => {
		if (!open) return;
		const list = open.itemIds.map((id) => byId.get(id)).filter((i): i is QuizItem => !!i);
		const first = unanswered(list, open.answers)[0];
		setIndex(first ? list.indexOf(first) : 0);
	}, [open?.startedAt]);
	useEffect(() => {
		if (focusHeading) headingRef.current?.focus();
		setFocusHeading(false);
	}, [focusHeading]);

	const go = (next: number) => {
		setIndex(next);
		setConfirming(false);
		setFocusHeading(true);
	};
	const start = () => {
		const seed = fixed ? fixed.seed : newSeed();
		const order = fixed
			? fixed.order
			: attemptOrder(
					items.map((i) => i.id),
					seed,
				);
		startQuizAttempt(quizId, {
			seed,
			itemIds: order,
			...(fixed?.participant ? { participant: fixed.participant } : {}),
		});
		setReviewing(null);
		go(0);
	};

	if (open) {
		const list = open.itemIds.map((id) => byId.get(id)).filter((i): i is QuizItem => !!i);
		const at = Math.min(index, list.length - 1);
		const item = list[at]!;
		const missing = unanswered(list, open.answers);
		const finish = () => {
			const answers = { ...untouchedOrders(list, open.answers, open.seed), ...open.answers };
			const score = scoreAnswers(list, answers);
			finishQuizAttempt(quizId, open.startedAt, score, answers);
			setReviewing(open.startedAt);
			setConfirming(false);
			setFocusHeading(true);
		};
		const Body = BODIES[item.type];
		return (
			<div class="pd-quiz">
				<div class="pd-quiz-question" key={item.id}>
					<h2 class="pd-quiz-counter" tabIndex={-1} ref={headingRef}>
						{fill(L.progress, { n: at + 1, total: list.length })}
					</h2>
					<p class="pd-quiz-prompt">
						<Rich text={item.prompt} />
					</p>
					<Body
						item={item}
						answer={shownAnswer(item, open.answers, open.seed)}
						setAnswer={(answer) => saveQuizAnswer(quizId, open.startedAt, item.id, answer)}
						locked={false}
						revealed={false}
						order={shownOrder(item, open.seed, fixed)}
						labels={props.exerciseLabels}
						uid={`pdq-${quizId}-${item.id}`}
						announce={setSpoken}
						submit={() => (at + 1 < list.length ? go(at + 1) : setConfirming(true))}
					/>
				</div>
				<div class="pd-quiz-nav">
					<button type="button" class="pd-ex-secondary" disabled={at === 0} onClick={() => go(at - 1)}>
						{L.previous}
					</button>
					{at + 1 < list.length ? (
						<button type="button" class="pd-button" onClick={() => go(at + 1)}>
							{L.next}
						</button>
					) : (
						<button
							type="button"
							class="pd-button"
							onClick={() => (missing.length > 0 ? setConfirming(true) : finish())}
						>
							{L.finish}
						</button>
					)}
				</div>
				{confirming && (
					<div class="pd-quiz-confirm" role="alert">
						<p>{fill(L.unanswered, { n: missing.length })}</p>
						<div class="pd-quiz-nav">
							<button type="button" class="pd-button" onClick={finish}>
								{L.finishAnyway}
							</button>
							{missing[0] && (
								<button type="button" class="pd-ex-secondary" onClick={() => go(list.indexOf(missing[0]!))}>
									{fill(L.goBackTo, { n: list.indexOf(missing[0]!) + 1 })}
								</button>
							)}
						</div>
					</div>
				)}
				<nav class="pd-quiz-map" aria-label={L.questionList}>
					<p class="pd-quiz-map-label" aria-hidden="true">
						{L.questionList}
					</p>
					<ol>
						{list.map((it, i) => {
							const done = !missing.includes(it);
							return (
								<li key={it.id}>
									<button
										type="button"
										class={`pd-quiz-map-item${done ? ' is-done' : ''}`}
										aria-current={i === at ? 'step' : undefined}
										aria-label={fill(L.goTo, { n: i + 1, state: done ? L.answered : L.notAnswered })}
										onClick={() => go(i)}
									>
										{i + 1}
									</button>
								</li>
							);
						})}
					</ol>
				</nav>
				<p class="sr-only" role="status">
					{spoken}
				</p>
			</div>
		);
	}

	const finished = finishedAttempts(result);
	const shown = reviewing === null ? undefined : finished.find((a) => a.startedAt === reviewing);
	if (shown) return <Result {...props} attempt={shown} onRetry={start} headingRef={headingRef} results={results} />;

	const last = finished.at(-1);
	return (
		<div class="pd-quiz">
			<p class="pd-quiz-meta">
				<span class="pd-tag">{fill(L.itemCount, { n: fixed?.order.length ?? items.length })}</span>
			</p>
			<p>{L[`intro.${kind}`]}</p>
			{kind === 'post' && finishedAttempts(results['pre-test']).length === 0 && props.preTestHref && (
				<p class="pd-quiz-note">
					{L.noPreYet} <a href={props.preTestHref}>{L.toPreTest}</a>
				</p>
			)}
			<button type="button" class="pd-button pd-quiz-start" disabled={props.canStart === false} onClick={start}>
				{last ? L.retry : L.start}
			</button>
			{finished.length > 0 && (
				<section class="pd-quiz-history" aria-labelledby={`pdq-${quizId}-history`}>
					<h2 id={`pdq-${quizId}-history`}>{L.history}</h2>
					<ul>
						{[...finished]
							.reverse()
							.slice(0, 5)
							.map((a) => (
								<li key={a.startedAt}>
									{fill(L.historyItem, {
										date: formatDate(a.finishedAt!),
										score: a.score,
										max: a.max,
										percent: formatPercent(percent(a.score, a.max)),
									})}{' '}
									<button
										type="button"
										class="pd-ex-secondary"
										onClick={() => {
											setReviewing(a.startedAt);
											setFocusHeading(true);
										}}
									>
										{L.reviewThis}
									</button>
								</li>
							))}
					</ul>
				</section>
			)}
		</div>
	);
}

interface ResultProps extends QuizRunnerProps {
	attempt: QuizAttempt;
	onRetry: () => void;
	headingRef: { current: HTMLHeadingElement | null };
	results: ReturnType<typeof $quizAttempts.get>;
}

function Result({
	attempt,
	onRetry,
	headingRef,
	results,
	items,
	sources,
	labels: L,
	exerciseLabels,
	kind,
	quizId,
	fixed,
	resultExtra,
	preTestHref,
}: ResultProps) {
	const byId = new Map(items.map((i) => [i.id, i]));
	const list = attempt.itemIds.map((id) => byId.get(id)).filter((i): i is QuizItem => !!i);
	const { grades } = scoreAnswers(list, attempt.answers);
	const gain = kind === 'post' ? learnerGain(results) : undefined;
	return (
		<div class="pd-quiz">
			<h2 class="pd-quiz-counter" tabIndex={-1} ref={headingRef}>
				{L.resultHeading}
			</h2>
			<p class="pd-quiz-score" role="status">
				{fill(L.score, {
					score: attempt.score,
					max: attempt.max,
					percent: formatPercent(percent(attempt.score, attempt.max)),
				})}
			</p>
			{kind === 'pre' && <p>{L.preDone}</p>}
			{kind === 'post' &&
				(gain ? (
					<div class="pd-quiz-gain">
						<h3>{L.gainHeading}</h3>
						<p>
							{fill(L.gain, {
								pre: formatPercent(gain.pre),
								post: formatPercent(gain.post),
								points: `${gain.points >= 0 ? '+' : '−'}${formatPercent(Math.abs(gain.points))}`,
							})}
						</p>
						{gain.normalised !== null && gain.points > 0 && (
							<p>{fill(L.gainShare, { share: formatPercent(gain.normalised * 100) })}</p>
						)}
						{gain.postAttempt.startedAt !== attempt.startedAt && <p class="pd-quiz-note">{L.gainLatest}</p>}
					</div>
				) : (
					<p class="pd-quiz-note">
						{L.noPre} {preTestHref && <a href={preTestHref}>{L.toPreTest}</a>}
					</p>
				))}
			{resultExtra?.(attempt)}
			<div class="pd-quiz-nav">
				<button type="button" class="pd-button" onClick={onRetry}>
					{L.retry}
				</button>
			</div>
			<section class="pd-quiz-review" aria-labelledby={`pdq-${quizId}-review`}>
				<h3 id={`pdq-${quizId}-review`}>{L.review}</h3>
				<ol>
					{list.map((item, i) => (
						<ReviewItem
							key={item.id}
							n={i + 1}
							item={item}
							answer={attempt.answers[item.id]}
							grade={grades[item.id]!}
							order={shownOrder(item, attempt.seed, fixed)}
							source={sources[item.id]}
							labels={L}
							exerciseLabels={exerciseLabels}
							uid={`pdr-${quizId}-${attempt.startedAt}-${item.id}`}
						/>
					))}
				</ol>
			</section>
		</div>
	);
}
