/**
 * What the print, export and import buttons of a brainstorm board or worksheet do (see
 * OpenTools.tsx), loaded only when one of them is pressed. Printing renders a plain copy of the
 * work into its own root and hides the rest of the page (see styles/exercises.css), so only the
 * board or worksheet is printed.
 */
import { render } from 'preact';
import type { BoardAnswer, WorksheetAnswer } from '../../schemas/exercise-answer';
import { exportFileName, exportWorkJson, exportWorkText, importWork, MAX_FILE_CHARS, TOO_LARGE, type OpenExercise } from '../../engine/exercises/transfer';
import { notesIn } from '../../engine/exercises/board';
import { rowsOf, textOf } from '../../engine/exercises/worksheet';
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

export function printWork(item: OpenExercise, answer: unknown): void {
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

export function exportWork(item: OpenExercise, answer: unknown, format: 'txt' | 'json'): void {
	const now = Date.now();
	if (format === 'txt') downloadText(exportFileName(item, now, 'txt'), exportWorkText(item, answer as never, now), 'text/plain;charset=utf-8');
	else downloadText(exportFileName(item, now, 'json'), exportWorkJson(item, answer as never, now), 'application/json');
}

/** Reads an exported file back: the answer, or why it cannot be used (in Indonesian). */
export async function importFile(item: OpenExercise, file: File): Promise<{ ok: true; answer: BoardAnswer | WorksheetAnswer } | { ok: false; error: string }> {
	// A UTF-8 character takes at most four bytes: a bigger file cannot be ours, so it is not read.
	if (file.size > MAX_FILE_CHARS * 4) return { ok: false, error: TOO_LARGE };
	return importWork(item, await file.text().catch(() => ''));
}
