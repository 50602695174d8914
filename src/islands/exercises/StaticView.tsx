/**
 * The exercise as plain reading matter: what the server sends and what shows until the
 * interactive part has loaded (or if scripts are off). No controls, nothing saved. Rendered on the
 * server only (see Exercise.tsx).
 */
import type { ExerciseProps } from './Exercise';
import { displayOrder, startAnswer } from '../../engine/exercises/order';
import { seedFrom } from '../../engine/exercises/shuffle';

function Body({ exercise: item, labels }: ExerciseProps) {
	const seed = seedFrom(item.id);
	const order = item.type === 'brainstorm' || item.type === 'worksheet' ? [] : displayOrder(item, seed);
	const byId = <T extends { id: string }>(list: readonly T[]) => order.map((id) => list.find((x) => x.id === id)).filter((x): x is T => !!x);
	switch (item.type) {
		case 'single':
		case 'multiple':
			return (
				<ol class="pd-ex-static-list" type="A">
					{byId(item.options).map((o) => (
						<li key={o.id}>{o.text}</li>
					))}
				</ol>
			);
		case 'truefalse':
			return (
				<ol class="pd-ex-static-list">
					{byId(item.statements).map((s) => (
						<li key={s.id}>
							{s.text} <span class="pd-ex-muted">({labels['choice.true']} / {labels['choice.false']})</span>
						</li>
					))}
				</ol>
			);
		case 'ordering': {
			const start = startAnswer(item, seed) as string[];
			return (
				<ul class="pd-ex-static-list">
					{start.map((id) => (
						<li key={id}>{item.steps.find((s) => s.id === id)!.text}</li>
					))}
				</ul>
			);
		}
		case 'matching': {
			const rights = [...item.pairs.map((p) => ({ id: p.id, text: p.right })), ...item.distractors];
			return (
				<div class="pd-ex-static-columns">
					<ol class="pd-ex-static-list">
						{item.pairs.map((p) => (
							<li key={p.id}>{p.left}</li>
						))}
					</ol>
					<ul class="pd-ex-static-list">
						{byId(rights).map((r) => (
							<li key={r.id}>{r.text}</li>
						))}
					</ul>
				</div>
			);
		}
		case 'sorting':
			return (
				<div class="pd-ex-static-columns">
					<ul class="pd-ex-static-list pd-ex-static-groups">
						{item.categories.map((c) => (
							<li key={c.id}>
								<strong>{c.label}</strong>
							</li>
						))}
					</ul>
					<ul class="pd-ex-static-list">
						{byId(item.cards).map((c) => (
							<li key={c.id}>{c.text}</li>
						))}
					</ul>
				</div>
			);
		case 'shortanswer':
			return <p>{item.label ?? labels['short.label']}: ______</p>;
		case 'brainstorm':
			return (
				<>
					<ul class="pd-ex-static-list">
						{item.columns.map((c) => (
							<li key={c.id}>
								<strong>{c.label}</strong>
								{c.hint && <> — {c.hint}</>}
							</li>
						))}
					</ul>
					{item.examples.length > 0 && (
						<p class="pd-ex-muted">
							{labels['board.examples']}: {item.examples.join('; ')}
						</p>
					)}
				</>
			);
		case 'worksheet':
			return (
				<ul class="pd-ex-static-list">
					{item.sections.flatMap((s) => s.fields).map((f) => (
						<li key={f.id}>
							<strong>{f.label}</strong>
							{f.hint && <> — {f.hint}</>}
							{f.columns && <> ({f.columns.map((c) => c.label).join(', ')})</>}
						</li>
					))}
				</ul>
			);
	}
}

export default function StaticView(props: ExerciseProps) {
	return (
		<div class="pd-ex-static">
			<Body {...props} />
			<p class="pd-ex-muted pd-ex-static-note">{props.labels.staticNote}</p>
		</div>
	);
}
