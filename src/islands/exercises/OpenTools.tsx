/**
 * Print, export and import for brainstorm boards and worksheets. Printing renders a plain copy of
 * the work into its own root and hides the rest of the page (see styles/exercises.css), so only
 * the board or worksheet is printed.
 */
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Brainstorm, Worksheet } from '../../schemas/exercise';
import type { BoardAnswer, WorksheetAnswer } from '../../schemas/exercise-answer';
import { exportFileName, exportWorkJson, exportWorkText, importWork, MAX_FILE_CHARS, TOO_LARGE, type OpenExercise } from '../../engine/exercises/transfer';
import { notesIn } from '../../engine/exercises/board';
import { rowsOf, textOf } from '../../engine/exercises/worksheet';
import type { Labels } from './labels';
import Rich from './Rich';
import { downloadText } from '../download';

const PRINT_ROOT = 'pd-print-root';

function PrintSheet({ item, answer }: { item: OpenExercise; answer: unknown }) {
	return (
		<article class="pd-print-sheet">
			<h1>{item.title}</h1>
			<p>
				<Rich text={item.prompt} />
			</p>
			{item.type === 'brainstorm'
				? item.columns.map((column) => {
						const notes = notesIn(answer as BoardAnswer, column.id);
						return (
							<section key={column.id}>
								<h2>{column.label}</h2>
								<ul>
									{notes.map((n) => (
										<li key={n.id}>{n.text}</li>
									))}
								</ul>
							</section>
						);
					})
				: item.sections.map((section, s) => (
						<section key={s}>
							{section.title && <h2>{section.title}</h2>}
							{section.fields.map((field) => (
								<div key={field.id} class="pd-print-field">
									<h3>{field.label}</h3>
									{field.kind === 'table' ? (
										<table>
											<thead>
												<tr>
													{field.columns!.map((c) => (
														<th key={c.id}>{c.label}</th>
													))}
												</tr>
											</thead>
											<tbody>
												{rowsOf(answer as WorksheetAnswer, field).map((row, r) => (
													<tr key={r}>
														{field.columns!.map((c) => (
															<td key={c.id}>{row[c.id] ?? ''}</td>
														))}
													</tr>
												))}
											</tbody>
										</table>
									) : (
										<p>{textOf(answer as WorksheetAnswer, field.id)}</p>
									)}
								</div>
							))}
						</section>
					))}
		</article>
	);
}

function printWork(item: OpenExercise, answer: unknown): void {
	document.getElementById(PRINT_ROOT)?.remove();
	const root = document.createElement('div');
	root.id = PRINT_ROOT;
	document.body.append(root);
	render(<PrintSheet item={item} answer={answer} />, root);
	const html = document.documentElement;
	html.dataset.pdPrinting = item.id;
	const done = () => {
		render(null, root);
		root.remove();
		delete html.dataset.pdPrinting;
	};
	window.addEventListener('afterprint', done, { once: true });
	window.print();
}

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
		// A UTF-8 character takes at most four bytes: a bigger file cannot be ours, so it is not read.
		if (file.size > MAX_FILE_CHARS * 4) return say(false, `${labels['open.importFailed']} ${TOO_LARGE}`);
		const result = importWork(item, await file.text().catch(() => ''));
		if (result.ok) {
			onImport(result.answer);
			say(true, labels['open.imported']);
		} else say(false, `${labels['open.importFailed']} ${result.error}`);
	};
	const now = () => Date.now();
	return (
		<div class="pd-ex-tools" role="group" aria-label={labels['open.tools']}>
			<button type="button" class="pd-ex-secondary" onClick={() => printWork(item, answer)}>
				{labels['open.print']}
			</button>
			<button
				type="button"
				class="pd-ex-secondary"
				onClick={() => downloadText(exportFileName(item, now(), 'txt'), exportWorkText(item, answer as never, now()), 'text/plain;charset=utf-8')}
			>
				{labels['open.exportText']}
			</button>
			<button
				type="button"
				class="pd-ex-secondary"
				onClick={() => downloadText(exportFileName(item, now(), 'json'), exportWorkJson(item, answer as never, now()), 'application/json')}
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
