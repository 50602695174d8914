/**
 * What the open (ungraded) exercises share: the work in progress, saved as it changes through
 * $exerciseResults (typing is saved after a short pause and when the page is left), whether it
 * counts as done, reset, and the print, export and import tools.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Brainstorm, Worksheet } from '../../schemas/exercise';
import { savedAnswer } from '../../engine/exercises/results';
import { $exerciseResults, keepUnreadableAnswer, resetExerciseResult, saveExerciseWork } from '../../stores/exercise-results';
import type { ExerciseProps } from './Exercise';
import type { Labels } from './labels';
import OpenTools from './OpenTools';
import ResetButton from './ResetButton';

export interface OpenBodyProps<I, A> {
	item: I;
	answer: A;
	/**
	 * A change of the work, applied to the latest work rather than to `answer` as last rendered, so
	 * two changes before the next render (autofill, a field and a select in one event) both count.
	 * 'soon' (typing) waits for a pause before saving.
	 */
	change: (update: (answer: A) => A, when?: 'now' | 'soon') => void;
	labels: Labels;
	uid: string;
	/** Heading level for headings inside the exercise. */
	level: number;
	announce: (message: string) => void;
}

export interface OpenKind<I, A> {
	Body: ComponentType<OpenBodyProps<I, A>>;
	/** The saved answer if it fits, else undefined. */
	read: (saved: unknown, item: I) => A | undefined;
	empty: () => A;
	isComplete: (item: I, answer: A) => boolean;
	/** What is still needed before the work counts as done. */
	need: (item: I, labels: Labels) => string;
}

const SAVE_PAUSE_MS = 500;

export default function OpenRunner<I extends (Brainstorm | Worksheet) & { title: string }, A>({
	exercise,
	labels,
	level,
	kind,
}: ExerciseProps & { kind: OpenKind<I, A> }) {
	const item = exercise as unknown as I;
	const uid = `pdx-${item.id}`;
	const [answer, setAnswer] = useState<A>(() => {
		const saved = savedAnswer($exerciseResults.get(), item.id);
		const read = saved === undefined ? undefined : kind.read(saved, item);
		if (saved !== undefined && read === undefined) keepUnreadableAnswer(item.id, saved);
		return read ?? kind.empty();
	});
	const latest = useRef(answer);
	const [spoken, setSpoken] = useState('');
	const pending = useRef<{ answer: A } | null>(null);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

	const flush = () => {
		clearTimeout(timer.current);
		if (!pending.current) return;
		const work = pending.current.answer;
		pending.current = null;
		saveExerciseWork(item.id, work, kind.isComplete(item, work));
	};
	useEffect(() => {
		window.addEventListener('pagehide', flush);
		return () => {
			window.removeEventListener('pagehide', flush);
			flush();
		};
	}, []);

	const show = (next: A) => {
		latest.current = next;
		setAnswer(next);
	};
	const change = (update: (answer: A) => A, when: 'now' | 'soon' = 'now') => {
		const next = update(latest.current);
		show(next);
		pending.current = { answer: next };
		clearTimeout(timer.current);
		if (when === 'now') flush();
		else timer.current = setTimeout(flush, SAVE_PAUSE_MS);
	};
	const complete = kind.isComplete(item, answer);
	const Body = kind.Body;

	return (
		<div class="pd-ex-run pd-ex-open" data-print-area>
			<Body item={item} answer={answer} change={change} labels={labels} uid={uid} level={level} announce={setSpoken} />
			<p class={`pd-ex-status${complete ? ' is-done' : ''}`}>
				{labels['open.saved']} {complete ? labels['open.done'] : kind.need(item, labels)}
			</p>
			<div class="pd-ex-actions">
				<OpenTools item={item} answer={answer} labels={labels} onImport={(imported) => change(() => imported as A)} announce={setSpoken} />
				<ResetButton
					labels={labels}
					onReset={() => {
						clearTimeout(timer.current);
						pending.current = null;
						resetExerciseResult(item.id);
						show(kind.empty());
						setSpoken(labels.resetDone);
					}}
				/>
			</div>
			<p class="sr-only" role="status">
				{spoken}
			</p>
		</div>
	);
}
