import { $lessonProgress, markLessonDone } from '../stores/lesson-progress';
import { isLessonDone } from '../engine/progress';
import { useClientStore } from './use-client-store';

interface Props {
	lessonId: string;
	labels: { markDone: string; markUndone: string; isDone: string; notDone: string };
}

export default function MarkDone({ lessonId, labels }: Props) {
	const items = useClientStore($lessonProgress, {});
	const done = isLessonDone(items, lessonId);
	return (
		<div class={`pd-mark-done${done ? ' is-done' : ''}`}>
			<p role="status">{done ? labels.isDone : labels.notDone}</p>
			<button type="button" aria-pressed={done} onClick={() => markLessonDone(lessonId, !done)}>
				{done ? labels.markUndone : labels.markDone}
			</button>
		</div>
	);
}
