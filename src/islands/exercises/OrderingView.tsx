/**
 * Ordering a sequence without drag and drop: tap (or press Enter on) a step to pick it, then tap
 * the step whose place it should take; or, with a step focused, press the up and down arrows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemOf } from '../../schemas/exercise';
import { moveBy, moveTo } from '../../engine/exercises/place';
import { fill } from '../../data/format';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import GradedRunner, { Mark, type BodyProps } from './GradedRunner';

type Item = ItemOf<'ordering'>;

/** The answer body alone, without checking and saving (quizzes show items with it too). */
export function OrderingBody({ item, answer, setAnswer, locked, marks, labels, uid, announce }: BodyProps<Item>) {
	const order = Array.isArray(answer) ? (answer as string[]) : [];
	const [picked, setPicked] = useState<string | null>(null);
	const [focusId, setFocusId] = useState<string | null>(null);
	const listRef = useRef<HTMLOListElement>(null);
	const text = (id: string) => item.steps.find((s) => s.id === id)?.text ?? id;

	useEffect(() => {
		if (!focusId) return;
		listRef.current?.querySelector<HTMLElement>(`[data-step="${focusId}"]`)?.focus();
		setFocusId(null);
	}, [focusId]);
	useEffect(() => {
		if (locked) setPicked(null);
	}, [locked]);

	const place = (next: string[], id: string) => {
		setAnswer(next);
		setFocusId(id);
		announce(fill(labels['ordering.moved'], { text: text(id), n: next.indexOf(id) + 1, total: next.length }));
	};
	const onTap = (id: string) => {
		if (locked) return;
		if (picked === null) {
			setPicked(id);
			announce(fill(labels['ordering.picked'], { text: text(id) }));
		} else if (picked === id) {
			setPicked(null);
		} else {
			place(moveTo(order, picked, order.indexOf(id)), picked);
			setPicked(null);
		}
	};
	const onKey = (event: KeyboardEvent, id: string) => {
		if (locked || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
		event.preventDefault();
		setPicked(null);
		const next = moveBy(order, id, event.key === 'ArrowUp' ? -1 : 1);
		if (next.indexOf(id) !== order.indexOf(id)) place(next, id);
	};

	return (
		<>
			<p class="pd-ex-help" id={`${uid}-help`}>
				{labels['ordering.help']}
			</p>
			<ol class="pd-ex-order" ref={listRef}>
				{order.map((id, i) => (
					<li key={id}>
						<button
							type="button"
							class={`pd-ex-card pd-ex-step${picked === id ? ' is-picked' : ''}`}
							data-step={id}
							aria-pressed={picked === id}
							aria-disabled={locked || undefined}
							aria-describedby={`${uid}-help`}
							onClick={() => onTap(id)}
							onKeyDown={(e) => onKey(e, id)}
						>
							<span class="pd-ex-pos">
								<span class="sr-only">{fill(labels['ordering.position'], { n: i + 1 })}: </span>
								<span aria-hidden="true">{i + 1}</span>
							</span>
							<span class="pd-ex-card-text">{text(id)}</span>
							<Mark right={marks?.[id]} labels={labels} />
						</button>
					</li>
				))}
			</ol>
		</>
	);
}

function OrderingView(props: ExerciseProps) {
	return <GradedRunner<Item> {...props} Body={OrderingBody} />;
}

export default /* @__PURE__ */ exerciseIsland(OrderingView);
