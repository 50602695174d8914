/**
 * The answer bodies of the exercise views (choices, ordering, matching …), for showing quiz items
 * without the exercise's own check-and-save runner.
 */
import type { ComponentType } from 'preact';
import type { GradedItem, GradedType } from '../../schemas/exercise';
import type { BodyProps } from '../exercises/GradedRunner';
import { ChoiceBody } from '../exercises/ChoiceView';
import { OrderingBody } from '../exercises/OrderingView';
import { PlaceBody } from '../exercises/PlaceView';
import { ShortAnswerBody } from '../exercises/ShortAnswerView';

export type Body = ComponentType<BodyProps<GradedItem>>;

const body = <I extends GradedItem>(view: ComponentType<BodyProps<I>>) => view as unknown as Body;

export const BODIES: Record<GradedType, Body> = {
	single: body(ChoiceBody),
	multiple: body(ChoiceBody),
	truefalse: body(ChoiceBody),
	ordering: body(OrderingBody),
	matching: body(PlaceBody),
	sorting: body(PlaceBody),
	shortanswer: body(ShortAnswerBody),
};
