/**
 * The answer bodies of the exercise views (choices, ordering, matching …), for showing quiz items
 * without the exercise's own check-and-save runner. The exercise views export only the wrapped
 * view `<GradedRunner Body={…} />`, so the body is read from the element each view returns; the
 * views are plain functions without hooks, so calling one outside a render is safe.
 */
import type { ComponentType, VNode } from 'preact';
import type { GradedItem, GradedType } from '../../schemas/exercise';
import type { ExerciseProps } from '../exercises/Exercise';
import type { BodyProps } from '../exercises/GradedRunner';
import ChoiceView from '../exercises/ChoiceView';
import OrderingView from '../exercises/OrderingView';
import PlaceView from '../exercises/PlaceView';
import ShortAnswerView from '../exercises/ShortAnswerView';

export type Body = ComponentType<BodyProps<GradedItem>>;

function bodyOf(view: (props: ExerciseProps) => unknown): Body {
	const element = view({} as ExerciseProps) as VNode<{ Body?: Body }>;
	if (typeof element?.props?.Body !== 'function')
		throw new Error(`${view.name} no longer renders <GradedRunner Body={…} />; export its body instead.`);
	return element.props.Body;
}

const choice = bodyOf(ChoiceView);
const place = bodyOf(PlaceView);

export const BODIES: Record<GradedType, Body> = {
	single: choice,
	multiple: choice,
	truefalse: choice,
	ordering: bodyOf(OrderingView),
	matching: place,
	sorting: place,
	shortanswer: bodyOf(ShortAnswerView),
};
