/**
 * The brainstorm board (*kertas plano*): a column per question, notes added at the foot of each
 * column, and per note: edit, move (to another column, or up and down) and delete. Buttons only,
 * so touch and keyboard work alike. Notes are rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Brainstorm } from '../../schemas/exercise';
import { BoardAnswerSchema, type BoardAnswer } from '../../schemas/exercise-answer';
import { addNote, deleteNote, editNote, emptyBoard, isBoardComplete, moveNote, NOTE_MAX, notesIn, shiftNote } from '../../engine/exercises/board';
import { misfit } from '../../engine/exercises/fit';
import { fill } from '../../data/format';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import OpenRunner, { type OpenBodyProps, type OpenKind } from './OpenRunner';

type Item = Brainstorm & { title: string };

function BoardBody({ item, answer, change, labels, uid, level, announce }: OpenBodyProps<Item, BoardAnswer>) {
	const [drafts, setDrafts] = useState<Record<string, string>>({});
	const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
	const [moving, setMoving] = useState<string | null>(null);
	const [focusKey, setFocusKey] = useState<string | null>(null);
	const rootRef = useRef<HTMLDivElement>(null);
	const Heading = `h${Math.min(6, level + 1)}` as 'h3';
	const columnLabel = (id: string) => item.columns.find((c) => c.id === id)?.label ?? id;

	useEffect(() => {
		if (!focusKey) return;
		rootRef.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
		setFocusKey(null);
	}, [focusKey]);

	const add = (column: string) => {
		const text = drafts[column] ?? '';
		if (!text.trim()) return;
		change((a) => addNote(a, column, text));
		setDrafts((d) => ({ ...d, [column]: '' }));
		announce(fill(labels['board.added'], { column: columnLabel(column) }));
	};
	const saveEdit = () => {
		if (!editing) return;
		const { id, text } = editing;
		change((a) => editNote(a, id, text));
		setFocusKey(`edit-${id}`);
		setEditing(null);
	};
	const move = (id: string, column: string) => {
		change((a) => moveNote(a, id, column));
		setMoving(null);
		setFocusKey(`move-${id}`);
		announce(fill(labels['board.moved'], { column: columnLabel(column) }));
	};
	const shift = (id: string, delta: -1 | 1) => {
		change((a) => shiftNote(a, id, delta));
		setFocusKey(`${delta < 0 ? 'up' : 'down'}-${id}`);
	};
	const remove = (id: string, column: string) => {
		const notes = notesIn(answer, column);
		const next = notes[notes.findIndex((n) => n.id === id) + 1] ?? notes[notes.findIndex((n) => n.id === id) - 1];
		change((a) => deleteNote(a, id));
		setFocusKey(next ? `edit-${next.id}` : `new-${column}`);
		announce(labels['board.deleted']);
	};

	return (
		<div class="pd-ex-board-wrap" ref={rootRef}>
			{item.examples.length > 0 && (
				<div class="pd-ex-examples">
					<p class="pd-ex-group-label">{labels['board.examples']}</p>
					<ul>
						{item.examples.map((e) => (
							<li key={e}>{e}</li>
						))}
					</ul>
				</div>
			)}
			<div class="pd-ex-board" style={{ '--pd-columns': String(item.columns.length) }}>
				{item.columns.map((column) => {
					const notes = notesIn(answer, column.id);
					const inputId = `${uid}-new-${column.id}`;
					return (
						<section key={column.id} class="pd-ex-column" aria-labelledby={`${uid}-col-${column.id}`}>
							<Heading id={`${uid}-col-${column.id}`} class="pd-ex-column-title">
								{column.label} <span class="pd-ex-count">{fill(labels['board.count'], { count: notes.length })}</span>
							</Heading>
							{column.hint && <p class="pd-ex-muted">{column.hint}</p>}
							{notes.length === 0 && <p class="pd-ex-muted pd-ex-empty">{labels['board.empty']}</p>}
							<ul class="pd-ex-notes-list">
								{notes.map((note, i) => (
									<li key={note.id} class="pd-ex-note">
										{editing?.id === note.id ? (
											<form
												class="pd-ex-note-edit"
												onSubmit={(e) => {
													e.preventDefault();
													saveEdit();
												}}
											>
												<label class="sr-only" for={`${uid}-edit-${note.id}`}>
													{labels['board.editLabel']}
												</label>
												<textarea
													id={`${uid}-edit-${note.id}`}
													data-focus={`editing-${note.id}`}
													rows={3}
													maxLength={NOTE_MAX}
													value={editing.text}
													onInput={(e) => setEditing({ id: note.id, text: e.currentTarget.value })}
													onKeyDown={(e) => {
														if (e.key === 'Escape') {
															setEditing(null);
															setFocusKey(`edit-${note.id}`);
														} else if (e.key === 'Enter' && !e.shiftKey) {
															e.preventDefault();
															saveEdit();
														}
													}}
												/>
												<span class="pd-ex-note-actions">
													<button type="submit" class="pd-ex-small">
														{labels['board.save']}
													</button>
													<button
														type="button"
														class="pd-ex-small"
														onClick={() => {
															setEditing(null);
															setFocusKey(`edit-${note.id}`);
														}}
													>
														{labels['board.cancel']}
													</button>
												</span>
											</form>
										) : (
											<>
												<p class="pd-ex-note-text">{note.text}</p>
												<span class="pd-ex-note-actions" role="group" aria-label={fill(labels['board.noteActions'], { text: note.text.slice(0, 60) })}>
													<button
														type="button"
														class="pd-ex-small"
														data-focus={`edit-${note.id}`}
														onClick={() => {
															setEditing({ id: note.id, text: note.text });
															setFocusKey(`editing-${note.id}`);
														}}
													>
														{labels['board.edit']}
													</button>
													<button
														type="button"
														class="pd-ex-small"
														data-focus={`move-${note.id}`}
														aria-expanded={moving === note.id}
														onClick={() => setMoving(moving === note.id ? null : note.id)}
													>
														{labels['board.move']}
													</button>
													<button type="button" class="pd-ex-small" onClick={() => remove(note.id, column.id)}>
														{labels['board.delete']}
													</button>
												</span>
												{moving === note.id && (
													<span class="pd-ex-move-menu" role="group" aria-label={labels['board.moveMenu']}>
														{i > 0 && (
															<button type="button" class="pd-ex-small" data-focus={`up-${note.id}`} onClick={() => shift(note.id, -1)}>
																{labels['board.up']}
															</button>
														)}
														{i < notes.length - 1 && (
															<button type="button" class="pd-ex-small" data-focus={`down-${note.id}`} onClick={() => shift(note.id, 1)}>
																{labels['board.down']}
															</button>
														)}
														{item.columns
															.filter((c) => c.id !== column.id)
															.map((c) => (
																<button key={c.id} type="button" class="pd-ex-small" onClick={() => move(note.id, c.id)}>
																	{fill(labels['board.moveTo'], { column: c.label })}
																</button>
															))}
													</span>
												)}
											</>
										)}
									</li>
								))}
							</ul>
							<form
								class="pd-ex-note-new"
								onSubmit={(e) => {
									e.preventDefault();
									add(column.id);
								}}
							>
								<label class="sr-only" for={inputId}>
									{fill(labels['board.newNote'], { column: column.label })}
								</label>
								<input
									id={inputId}
									type="text"
									data-focus={`new-${column.id}`}
									maxLength={NOTE_MAX}
									autocomplete="off"
									placeholder={labels['board.placeholder']}
									value={drafts[column.id] ?? ''}
									onInput={(e) => {
										const text = e.currentTarget.value;
										setDrafts((d) => ({ ...d, [column.id]: text }));
									}}
								/>
								<button type="submit" class="pd-ex-small">
									{labels['board.add']}
								</button>
							</form>
						</section>
					);
				})}
			</div>
		</div>
	);
}

const kind: OpenKind<Item, BoardAnswer> = {
	Body: BoardBody,
	read: (saved, item) => {
		const parsed = BoardAnswerSchema.safeParse(saved);
		return parsed.success && !misfit(item, parsed.data) ? parsed.data : undefined;
	},
	empty: emptyBoard,
	isComplete: isBoardComplete,
	need: (item, labels) => fill(labels['board.need'], { min: item.minNotes }),
};

function BoardView(props: ExerciseProps) {
	return <OpenRunner<Item, BoardAnswer> {...props} kind={kind} />;
}

export default /* @__PURE__ */ exerciseIsland(BoardView);
