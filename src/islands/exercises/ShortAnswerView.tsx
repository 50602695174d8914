/** Short answer: one text field; Enter checks. Case, spacing and accents do not matter. */
import type { ItemOf } from '../../schemas/exercise';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import GradedRunner, { Mark, type BodyProps } from './GradedRunner';

type Item = ItemOf<'shortanswer'>;

/** The answer body alone, without checking and saving (quizzes show items with it too). */
export function ShortAnswerBody({ item, answer, setAnswer, locked, marks, revealed, labels, uid, submit }: BodyProps<Item>) {
	const value = typeof answer === 'string' ? answer : '';
	return (
		<form
			class="pd-ex-short"
			onSubmit={(e) => {
				e.preventDefault();
				if (!locked) submit();
			}}
		>
			<label for={`${uid}-input`}>{item.label ?? labels['short.label']}</label>
			<span class="pd-ex-short-row">
				<input
					id={`${uid}-input`}
					type="text"
					autocomplete="off"
					spellcheck={false}
					maxLength={200}
					value={value}
					readOnly={locked}
					onInput={(e) => setAnswer(e.currentTarget.value)}
				/>
				<Mark right={marks?.[item.id]} labels={labels} />
			</span>
			{revealed && item.accepted.length > 1 && (
				<p class="pd-ex-muted">
					{labels['short.accepted']} {item.accepted.join('; ')}
				</p>
			)}
		</form>
	);
}

function ShortAnswerView(props: ExerciseProps) {
	return <GradedRunner<Item> {...props} Body={ShortAnswerBody} />;
}

export default /* @__PURE__ */ exerciseIsland(ShortAnswerView);
