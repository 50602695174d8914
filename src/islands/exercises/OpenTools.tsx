/**
 * Print, export and import for brainstorm boards and worksheets: the buttons. What they do lives
 * in ./open-actions.tsx and is loaded on the first press, so a lesson page does not download it.
 */
import { useRef, useState } from 'preact/hooks';
import type { Brainstorm, Worksheet } from '../../schemas/exercise';
import type { BoardAnswer, WorksheetAnswer } from '../../schemas/exercise-answer';
import type { Labels } from './labels';

const actions = () => import('./open-actions');

interface Props {
	item: (Brainstorm | Worksheet) & { title: string };
	answer: unknown;
	labels: Labels;
	onImport: (answer: BoardAnswer | WorksheetAnswer) => void;
	announce: (message: string) => void;
}

export default function OpenTools({ item, answer, labels, onImport, announce }: Props) {
	const fileRef = useRef<HTMLInputElement>(null);
	const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
	const say = (ok: boolean, text: string) => {
		setMessage({ ok, text });
		announce(text);
	};
	const onFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const result = await (await actions()).importFile(item, file);
		if (result.ok) {
			onImport(result.answer);
			say(true, labels['open.imported']);
		} else say(false, `${labels['open.importFailed']} ${result.error}`);
	};
	return (
		<div class="pd-ex-tools" role="group" aria-label={labels['open.tools']}>
			<button type="button" class="pd-ex-secondary" onClick={async () => (await actions()).printWork(item, answer)}>
				{labels['open.print']}
			</button>
			<button
				type="button"
				class="pd-ex-secondary"
				onClick={async () => (await actions()).exportWork(item, answer, 'txt')}
			>
				{labels['open.exportText']}
			</button>
			<button
				type="button"
				class="pd-ex-secondary"
				onClick={async () => (await actions()).exportWork(item, answer, 'json')}
			>
				{labels['open.exportJson']}
			</button>
			<button type="button" class="pd-ex-secondary" onClick={() => fileRef.current?.click()}>
				{labels['open.import']}
			</button>
			<input
				ref={fileRef}
				type="file"
				accept=".json,application/json"
				class="sr-only"
				tabIndex={-1}
				aria-hidden="true"
				onChange={(e) => void onFile(e.currentTarget)}
			/>
			{message && <p class={`pd-ex-tool-message${message.ok ? '' : ' is-error'}`}>{message.text}</p>}
		</div>
	);
}
