/**
 * The one island every exercise uses. It renders a readable version of the exercise (the same on
 * the server and at hydration), then loads the code for this exercise's type only and swaps it in.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Exercise, ExerciseType } from '../../schemas/exercise';
import type { Labels } from './labels';
import StaticView from './StaticView';

export interface ExerciseProps {
	exercise: Exercise;
	labels: Labels;
	/** Heading level of the exercise title; headings inside it go one lower. */
	level: 2 | 3 | 4;
	/** The lesson section its explanation links to (graded types). */
	source?: { href: string; label: string };
}

type Loader = () => Promise<{ default: ComponentType<ExerciseProps> }>;

const views: Record<ExerciseType, Loader> = {
	single: () => import('./ChoiceView'),
	multiple: () => import('./ChoiceView'),
	truefalse: () => import('./ChoiceView'),
	ordering: () => import('./OrderingView'),
	matching: () => import('./PlaceView'),
	sorting: () => import('./PlaceView'),
	shortanswer: () => import('./ShortAnswerView'),
	brainstorm: () => import('./BoardView'),
	worksheet: () => import('./WorksheetView'),
};

export default function ExerciseIsland(props: ExerciseProps) {
	const [View, setView] = useState<ComponentType<ExerciseProps> | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		views[props.exercise.type]().then(
			(module) => setView(() => module.default),
			() => setFailed(true),
		);
	}, [props.exercise.type]);
	return View ? <View {...props} /> : <StaticView {...props} failed={failed} />;
}
