/**
 * What every graded exercise shares: the answer being worked on, checking, feedback with the
 * explanation and its lesson link, retry, reset and reveal, and saving through $exerciseResults.
 * The type's own body only renders the answer and reports changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStore } from '@nanostores/preact';
import type { GradedItem } from '../../schemas/exercise';
import { gradeItem, isAnswered, readAnswer, solution, startAnswer, displayOrder, type Grade } from '../../engine/exercises/grade';
import { selectFeedback } from '../../engine/exercises/feedback';
import { savedAnswer } from '../../engine/exercises/results';
import { seedFrom } from '../../engine/exercises/shuffle';
import { $exerciseResults, keepUnreadableAnswer, resetExerciseResult, saveExerciseResult } from '../../stores/exercise-results';
import { fill } from '../../data/format';
import type { ExerciseProps } from './Exercise';
import type { Labels } from './labels';
import ResetButton from './ResetButton';
import Rich from './Rich';

export interface BodyProps<I extends GradedItem> {
	item: I;
	answer: unknown;
	setAnswer: (answer: unknown) => void;
	/** Checked or revealed: the answer is shown, not edited. */
	locked: boolean;
	/** Part id → right or not, once checked (all right when the solution is shown). */
	marks?: Record<string, boolean>;
	revealed: boolean;
	/** Part ids in the order to show them. */
	order: string[];
	labels: Labels;
	/** Prefix for element ids, unique on the page. */
	uid: string;
	/** Says something through the exercise's live region (moves, picks). */
	announce: (message: string) => void;
	/** Checks the answer (e.g. Enter in a text field). */
	submit: () => void;
}

type Phase = 'answering' | 'checked' | 'revealed';

function initial(item: GradedItem, seed: number): { answer: unknown; phase: Phase } {
	const saved = savedAnswer($exerciseResults.get(), item.id);
	if (saved !== undefined) {
		if (readAnswer(item, saved) !== undefined && isAnswered(item, saved)) return { answer: saved, phase: 'checked' };
		keepUnreadableAnswer(item.id, saved);
	}
	return { answer: startAnswer(item, seed), phase: 'answering' };
}

export function Mark({ right, labels }: { right: boolean | undefined; labels: Labels }) {
	if (right === undefined) return null;
	return (
		<span class={`pd-ex-mark ${right ? 'is-right' : 'is-wrong'}`}>
			<span aria-hidden="true">{right ? '✓' : '✗'}</span>
			<span class="sr-only"> ({right ? labels.right : labels.wrong})</span>
		</span>
	);
}

export default function GradedRunner<I extends GradedItem>({
	exercise,
	labels,
	source,
	Body,
}: ExerciseProps & { Body: ComponentType<BodyProps<I>> }) {
	const item = exercise as unknown as I;
	const uid = `pdx-${item.id}`;
	const seed = seedFrom(item.id);
	const [state, setState] = useState(() => initial(item, seed));
	const [notice, setNotice] = useState('');
	const [spoken, setSpoken] = useState('');
	const [focus, setFocus] = useState<'feedback' | 'check' | null>(null);
	const results = useStore($exerciseResults);
	const feedbackRef = useRef<HTMLDivElement>(null);
	const checkRef = useRef<HTMLButtonElement>(null);

	useEffect(() => {
		if (focus === 'feedback') feedbackRef.current?.focus();
		if (focus === 'check') checkRef.current?.focus();
		if (focus) setFocus(null);
	}, [focus]);

	const { phase } = state;
	const shown = phase === 'revealed' ? solution(item) : state.answer;
	const grade: Grade | undefined = phase === 'answering' ? undefined : gradeItem(item, shown);
	const mine = phase === 'answering' ? undefined : gradeItem(item, state.answer);
	const feedback = mine ? selectFeedback(item, state.answer, mine) : undefined;
	const saved = results[item.id];

	const setAnswer = (answer: unknown) => {
		setNotice('');
		setState({ answer, phase: 'answering' });
	};
	const check = () => {
		if (!isAnswered(item, state.answer)) {
			setNotice(labels.empty);
			return;
		}
		const result = gradeItem(item, state.answer);
		saveExerciseResult(item.id, state.answer, result);
		setState({ ...state, phase: 'checked' });
		setSpoken(`${labels[`result.${selectFeedback(item, state.answer, result).level}`]} ${fill(labels.score, { score: result.score, max: result.max })}`);
		setFocus('feedback');
	};
	const retry = () => {
		setState({ ...state, phase: 'answering' });
		setSpoken('');
		setFocus('check');
	};
	const reset = () => {
		resetExerciseResult(item.id);
		setState({ answer: startAnswer(item, seed), phase: 'answering' });
		setNotice('');
		setSpoken(labels.resetDone);
	};

	return (
		<div class={`pd-ex-run is-${phase}`}>
			<Body
				item={item}
				answer={shown}
				setAnswer={setAnswer}
				locked={phase !== 'answering'}
				{...(grade?.perPart ? { marks: grade.perPart } : {})}
				revealed={phase === 'revealed'}
				order={displayOrder(item, seed)}
				labels={labels}
				uid={uid}
				announce={setSpoken}
				submit={check}
			/>
			{notice && <p class="pd-ex-notice">{notice}</p>}
			{mine && feedback && (
				<div class={`pd-ex-feedback is-${phase === 'revealed' ? 'revealed' : feedback.level}`} tabIndex={-1} ref={feedbackRef} aria-labelledby={`${uid}-verdict`}>
					<p id={`${uid}-verdict`} class="pd-ex-verdict">
						{phase === 'revealed' ? (
							<strong>{labels.revealed}</strong>
						) : (
							<>
								<strong>{feedback.message ?? labels[`result.${feedback.level}`]}</strong> {fill(labels.score, { score: mine.score, max: mine.max })}
							</>
						)}
					</p>
					{phase === 'checked' && feedback.notes.length > 0 && (
						<ul class="pd-ex-notes">
							{feedback.notes.map((n) => (
								<li key={n.part}>
									<strong>{n.part}:</strong> {n.note}
								</li>
							))}
						</ul>
					)}
					<p>
						<strong>{labels.explanation}:</strong> <Rich text={item.explanation} />
					</p>
					{source && (
						<p>
							{labels.source} <a href={source.href}>{source.label}</a>
						</p>
					)}
				</div>
			)}
			<div class="pd-ex-actions">
				{phase === 'answering' ? (
					<button type="button" class="pd-button" ref={checkRef} onClick={check}>
						{labels.check}
					</button>
				) : (
					<button type="button" class="pd-button" onClick={retry}>
						{labels.retry}
					</button>
				)}
				{phase === 'checked' && !mine?.correct && (
					<button type="button" class="pd-ex-secondary" onClick={() => setState({ ...state, phase: 'revealed' })}>
						{labels.reveal}
					</button>
				)}
				{phase === 'revealed' && (
					<button type="button" class="pd-ex-secondary" onClick={() => setState({ ...state, phase: 'checked' })}>
						{labels.hide}
					</button>
				)}
				<ResetButton labels={labels} onReset={reset} />
			</div>
			{saved && saved.attempts > 0 && saved.answer !== null && (
				<p class="pd-ex-muted">{fill(labels.attempts, { attempts: saved.attempts, score: saved.score, max: saved.max })}</p>
			)}
			<p class="sr-only" role="status">
				{spoken}
			</p>
		</div>
	);
}
