/**
 * What makes an exercise view an island. Each type's view is its own island (Exercise.astro picks
 * it), so a page loads the code of the types it shows and nothing else. The server renders a
 * readable version of the exercise; in the browser the island keeps that HTML as it is (the code
 * that renders it never reaches the browser) until it has mounted, then shows the interactive
 * view, which reads the saved work only then: the server cannot know it, and hydration must
 * match what the server sent.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Exercise } from '../../schemas/exercise';
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

export function exerciseIsland(View: ComponentType<ExerciseProps>): ComponentType<ExerciseProps> {
	return function ExerciseIsland(props: ExerciseProps) {
		const [mounted, setMounted] = useState(false);
		useEffect(() => setMounted(true), []);
		if (mounted) return <View {...props} />;
		// The bundler drops this branch, and StaticView with it, from the browser's code.
		if (import.meta.env.SSR) return <StaticView {...props} />;
		// Hydration leaves an element's HTML alone when it is given as inner HTML.
		return <div class="pd-ex-static" dangerouslySetInnerHTML={{ __html: '' }} />;
	};
}
