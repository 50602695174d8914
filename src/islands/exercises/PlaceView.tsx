/**
 * Sorting cards into groups, and matching (each left item is a group that takes one card):
 * tap or press Enter on a card to pick it, then on a group's "put here" button; in sorting, the
 * left and right arrows move a focused card to the previous or next group. No drag and drop.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemOf } from '../../schemas/exercise';
import { matchPair, placeCard, stepCategory } from '../../engine/exercises/place';
import { fill } from '../../data/format';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import GradedRunner, { Mark, type BodyProps } from './GradedRunner';

type Item = ItemOf<'sorting'> | ItemOf<'matching'>;

function asRecord(answer: unknown): Record<string, string> {
	return answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, string>) : {};
}

/** The answer body alone, without checking and saving (quizzes show items with it too). */
export function PlaceBody({ item, answer, setAnswer, locked, marks, order, labels, uid, announce }: BodyProps<Item>) {
	const matching = item.type === 'matching';
	const record = asRecord(answer);
	// Everything as card → group: for matching the answer is group (left) → card (right).
	const groups = matching ? item.pairs.map((p) => ({ id: p.id, label: p.left })) : item.categories;
	const cardText = new Map<string, string>(
		matching ? [...item.pairs.map((p) => [p.id, p.right] as const), ...item.distractors.map((d) => [d.id, d.text] as const)] : item.cards.map((c) => [c.id, c.text] as const),
	);
	const placement: Record<string, string> = matching ? Object.fromEntries(Object.entries(record).map(([g, c]) => [c, g])) : record;
	const [picked, setPicked] = useState<string | null>(null);
	const [focusKey, setFocusKey] = useState<string | null>(null);
	const rootRef = useRef<HTMLDivElement>(null);

	useEffect(() => {
		if (!focusKey) return;
		rootRef.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
		setFocusKey(null);
	}, [focusKey]);
	useEffect(() => {
		if (locked) setPicked(null);
	}, [locked]);

	const groupLabel = (group: string | null) => (group === null ? labels['place.pool'] : groups.find((g) => g.id === group)!.label);
	const move = (card: string, group: string | null) => {
		const next = matching
			? group === null
				? Object.fromEntries(Object.entries(record).filter(([, c]) => c !== card))
				: matchPair(record, group, card)
			: placeCard(record, card, group);
		setAnswer(next);
		setPicked(null);
		setFocusKey(`card-${card}`);
		announce(fill(labels['place.placed'], { text: cardText.get(card) ?? card, target: groupLabel(group) }));
	};
	const onCard = (card: string) => {
		if (locked) return;
		if (picked === card) return setPicked(null);
		setPicked(card);
		announce(fill(labels['place.picked'], { text: cardText.get(card) ?? card }));
	};
	const onTarget = (group: string | null) => {
		if (locked || picked === null) return;
		move(picked, group);
	};
	const onCardKey = (event: KeyboardEvent, card: string) => {
		if (locked || matching || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
		event.preventDefault();
		const next = stepCategory(record, card, item.type === 'sorting' ? item.categories.map((c) => c.id) : [], event.key === 'ArrowLeft' ? -1 : 1);
		if ((next[card] ?? null) !== (record[card] ?? null)) move(card, next[card] ?? null);
	};

	// A card's mark: sorting marks each card; matching marks the card sitting in a group.
	const cardMark = (card: string) => {
		if (!marks) return undefined;
		if (!matching) return marks[card];
		const group = placement[card];
		return group === undefined ? undefined : marks[group];
	};
	// Plain render functions, not components: a component defined here would be a new type on
	// every render, and Preact would replace the buttons (and lose focus) each time.
	const card = (id: string) => (
		<li key={id}>
			<button
				type="button"
				class={`pd-ex-card${picked === id ? ' is-picked' : ''}`}
				data-focus={`card-${id}`}
				aria-pressed={picked === id}
				aria-disabled={locked || undefined}
				aria-describedby={`${uid}-help`}
				onClick={() => onCard(id)}
				onKeyDown={(e) => onCardKey(e, id)}
			>
				<span class="pd-ex-card-text">{cardText.get(id)}</span>
				<Mark right={cardMark(id)} labels={labels} />
			</button>
			{picked === id && !locked && (
				// The groups again, right under the picked card, so a phone user need not scroll to them.
				<div class="pd-ex-quick" role="group" aria-label={labels['place.quick']}>
					<span class="pd-ex-quick-label" aria-hidden="true">
						{labels['place.quick']}
					</span>
					{groups
						.filter((g) => placement[id] !== g.id)
						.map((g) => (
							<button key={g.id} type="button" class="pd-ex-small" onClick={() => move(id, g.id)}>
								{g.label}
							</button>
						))}
					{placement[id] !== undefined && (
						<button type="button" class="pd-ex-small" onClick={() => move(id, null)}>
							{labels['place.unplace']}
						</button>
					)}
				</div>
			)}
		</li>
	);
	const target = (group: string | null) =>
		locked ? null : (
			<button
				type="button"
				class="pd-ex-target"
				data-focus={`group-${group ?? 'pool'}`}
				aria-disabled={picked === null || undefined}
				aria-label={`${group === null ? labels['place.back'] : labels['place.here']}: ${groupLabel(group)}`}
				onClick={() => onTarget(group)}
			>
				{group === null ? labels['place.back'] : labels['place.here']}
			</button>
		);

	const pool = order.filter((id) => placement[id] === undefined);
	return (
		<div class={`pd-ex-place${matching ? ' is-matching' : ''}${picked ? ' has-picked' : ''}`} ref={rootRef}>
			<p class="pd-ex-help" id={`${uid}-help`}>
				{labels[matching ? 'match.help' : 'place.help']}
			</p>
			<div class="pd-ex-pool" role="group" aria-labelledby={`${uid}-pool`}>
				<div class="pd-ex-group-head">
					<p class="pd-ex-group-label" id={`${uid}-pool`}>
						{labels[matching ? 'match.choices' : 'place.pool']}
					</p>
					{Object.keys(placement).length > 0 && target(null)}
				</div>
				{pool.length > 0 ? (
					<ul class="pd-ex-cards">
						{pool.map(card)}
					</ul>
				) : (
					<p class="pd-ex-muted">{labels['place.poolEmpty']}</p>
				)}
			</div>
			<div class="pd-ex-groups">
				{groups.map((group) => {
					const cards = order.filter((id) => placement[id] === group.id);
					return (
						<div key={group.id} class="pd-ex-group" role="group" aria-labelledby={`${uid}-g-${group.id}`}>
							<div class="pd-ex-group-head">
								<p class="pd-ex-group-label" id={`${uid}-g-${group.id}`}>
									{group.label}
									{matching && marks && cards.length === 0 && <Mark right={false} labels={labels} />}
								</p>
								{target(group.id)}
							</div>
							{cards.length > 0 ? (
								<ul class="pd-ex-cards">
									{cards.map(card)}
								</ul>
							) : (
								<p class="pd-ex-muted pd-ex-empty">{labels[matching ? 'match.empty' : 'place.groupEmpty']}</p>
							)}
						</div>
					);
				})}
			</div>
		</div>
	);
}

function PlaceView(props: ExerciseProps) {
	return <GradedRunner<Item> {...props} Body={PlaceBody} />;
}

export default /* @__PURE__ */ exerciseIsland(PlaceView);
