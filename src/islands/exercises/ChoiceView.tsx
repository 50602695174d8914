/** Single choice, multiple choice and true/false: native radio buttons and checkboxes. */
import type { ItemOf } from '../../schemas/exercise';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import GradedRunner, { Mark, type BodyProps } from './GradedRunner';

type ChoiceItem = ItemOf<'single'> | ItemOf<'multiple'> | ItemOf<'truefalse'>;

function Options({ item, answer, setAnswer, locked, marks, order, labels, uid }: BodyProps<ItemOf<'single'> | ItemOf<'multiple'>>) {
	const multiple = item.type === 'multiple';
	const chosen = new Set(multiple ? (Array.isArray(answer) ? (answer as string[]) : []) : typeof answer === 'string' ? [answer] : []);
	const toggle = (id: string) => {
		if (!multiple) return setAnswer(id);
		const next = new Set(chosen);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		setAnswer(item.options.map((o) => o.id).filter((o) => next.has(o)));
	};
	// Only picked options are marked after checking, so the marks do not give the answer away;
	// the revealed solution marks the right ones.
	const mark = (id: string) => (chosen.has(id) ? marks?.[id] : undefined);
	return (
		<fieldset class="pd-ex-choices">
			<legend class="sr-only">{labels[`type.${item.type}`]}</legend>
			{order.map((id, i) => {
				const option = item.options.find((o) => o.id === id)!;
				return (
					<label key={id} class={`pd-ex-choice${chosen.has(id) ? ' is-chosen' : ''}`} for={`${uid}-${id}`}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							id={`${uid}-${id}`}
							name={uid}
							value={id}
							checked={chosen.has(id)}
							disabled={locked}
							onChange={() => toggle(id)}
						/>
						<span class="pd-ex-letter" aria-hidden="true">
							{String.fromCharCode(65 + i)}
						</span>
						<span class="pd-ex-choice-text">{option.text}</span>
						<Mark right={mark(id)} labels={labels} />
					</label>
				);
			})}
		</fieldset>
	);
}

function Statements({ item, answer, setAnswer, locked, marks, order, labels, uid }: BodyProps<ItemOf<'truefalse'>>) {
	const judged = answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, boolean>) : {};
	return (
		<div class="pd-ex-statements">
			{order.map((id, i) => {
				const statement = item.statements.find((s) => s.id === id)!;
				const name = `${uid}-${id}`;
				return (
					<fieldset key={id} class="pd-ex-statement">
						<legend>
							<span class="pd-ex-letter" aria-hidden="true">
								{i + 1}
							</span>{' '}
							{statement.text} {judged[id] !== undefined && <Mark right={marks?.[id]} labels={labels} />}
						</legend>
						<div class="pd-ex-tf">
							{([true, false] as const).map((value) => (
								<label key={String(value)} class={`pd-ex-choice${judged[id] === value ? ' is-chosen' : ''}`} for={`${name}-${value}`}>
									<input
										type="radio"
										id={`${name}-${value}`}
										name={name}
										checked={judged[id] === value}
										disabled={locked}
										onChange={() => setAnswer({ ...judged, [id]: value })}
									/>
									<span class="pd-ex-choice-text">{value ? labels['choice.true'] : labels['choice.false']}</span>
								</label>
							))}
						</div>
					</fieldset>
				);
			})}
		</div>
	);
}

/** The answer body alone, without checking and saving (quizzes show items with it too). */
export function ChoiceBody(props: BodyProps<ChoiceItem>) {
	return props.item.type === 'truefalse' ? (
		<Statements {...(props as BodyProps<ItemOf<'truefalse'>>)} />
	) : (
		<Options {...(props as BodyProps<ItemOf<'single'> | ItemOf<'multiple'>>)} />
	);
}

function ChoiceView(props: ExerciseProps) {
	return <GradedRunner<ChoiceItem> {...props} Body={ChoiceBody} />;
}

export default /* @__PURE__ */ exerciseIsland(ChoiceView);
