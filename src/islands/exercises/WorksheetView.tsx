/**
 * A worksheet: labelled fields (one line, a paragraph, a choice) and tables whose rows the learner
 * adds and removes. Each table row is a small group of fields, so it fits a phone screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Worksheet, WorksheetField } from '../../schemas/exercise';
import { WorksheetAnswerSchema, type WorksheetAnswer } from '../../schemas/exercise-answer';
import { addRow, isWorksheetComplete, MAX_ROWS, removeRow, rowsOf, setCell, setText, textOf } from '../../engine/exercises/worksheet';
import { misfit } from '../../engine/exercises/fit';
import { fill } from '../../data/format';
import { exerciseIsland, type ExerciseProps } from './Exercise';
import OpenRunner, { type OpenBodyProps, type OpenKind } from './OpenRunner';

type Item = Worksheet & { title: string };

function Choice({ id, value, options, labels, onChange, describedBy }: { id: string; value: string; options: string[]; labels: OpenBodyProps<Item, WorksheetAnswer>['labels']; onChange: (v: string) => void; describedBy?: string }) {
	return (
		<select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)}>
			<option value="">{labels['ws.choose']}</option>
			{options.map((o) => (
				<option key={o} value={o}>
					{o}
				</option>
			))}
		</select>
	);
}

function WorksheetBody({ item, answer, change, labels, uid, level, announce }: OpenBodyProps<Item, WorksheetAnswer>) {
	const [focusKey, setFocusKey] = useState<string | null>(null);
	const rootRef = useRef<HTMLDivElement>(null);
	const Heading = `h${Math.min(6, level + 1)}` as 'h3';
	useEffect(() => {
		if (!focusKey) return;
		rootRef.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
		setFocusKey(null);
	}, [focusKey]);

	const label = (field: WorksheetField) => (
		<>
			{field.label}
			{field.required && <span class="pd-ex-required"> ({labels['ws.required']})</span>}
		</>
	);
	const hint = (field: WorksheetField) =>
		field.hint ? (
			<p class="pd-ex-muted pd-ex-hint" id={`${uid}-${field.id}-hint`}>
				{field.hint}
			</p>
		) : null;
	const hintId = (field: WorksheetField) => (field.hint ? `${uid}-${field.id}-hint` : undefined);
	// Typing is saved after a pause.
	const typeText = (id: string, text: string) => change((a) => setText(a, id, text), 'soon');
	const typeCell = (field: WorksheetField, row: number, column: string, text: string) => change((a) => setCell(a, field, row, column, text), 'soon');

	const table = (field: WorksheetField) => {
		const rows = rowsOf(answer, field);
		return (
			<fieldset class="pd-ex-table" aria-describedby={hintId(field)}>
				<legend>{label(field)}</legend>
				{hint(field)}
				{rows.map((row, r) => (
					<fieldset key={r} class="pd-ex-row">
						<legend>{fill(labels['ws.row'], { n: r + 1 })}</legend>
						<div class="pd-ex-row-fields">
							{field.columns!.map((column, c) => {
								const id = `${uid}-${field.id}-${r}-${column.id}`;
								return (
									<div key={column.id} class="pd-ex-field">
										<label for={id}>{column.label}</label>
										{column.options ? (
											<Choice id={id} value={row[column.id] ?? ''} options={column.options} labels={labels} onChange={(v) => change((a) => setCell(a, field, r, column.id, v))} />
										) : (
											<input
												id={id}
												type="text"
												data-focus={c === 0 ? `row-${field.id}-${r}` : undefined}
												maxLength={2000}
												value={row[column.id] ?? ''}
												onInput={(e) => typeCell(field, r, column.id, e.currentTarget.value)}
											/>
										)}
									</div>
								);
							})}
						</div>
						{rows.length > 1 && (
							<button
								type="button"
								class="pd-ex-small"
								onClick={() => {
									change((a) => removeRow(a, field, r));
									setFocusKey(`add-${field.id}`);
									announce(fill(labels['ws.removed'], { n: r + 1 }));
								}}
							>
								{fill(labels['ws.removeRow'], { n: r + 1 })}
							</button>
						)}
					</fieldset>
				))}
				{rows.length < MAX_ROWS && (
					<button
						type="button"
						class="pd-ex-small"
						data-focus={`add-${field.id}`}
						onClick={() => {
							change((a) => addRow(a, field));
							setFocusKey(`row-${field.id}-${rows.length}`);
						}}
					>
						{labels['ws.addRow']}
					</button>
				)}
			</fieldset>
		);
	};

	const single = (field: WorksheetField) => {
		const id = `${uid}-${field.id}`;
		const value = textOf(answer, field.id);
		return (
			<div class="pd-ex-field">
				<label for={id}>{label(field)}</label>
				{hint(field)}
				{field.kind === 'choice' ? (
					<Choice id={id} value={value} options={field.options!} labels={labels} describedBy={hintId(field)} onChange={(v) => change((a) => setText(a, field.id, v))} />
				) : field.kind === 'long' ? (
					<textarea id={id} rows={4} maxLength={5000} aria-describedby={hintId(field)} value={value} onInput={(e) => typeText(field.id, e.currentTarget.value)} />
				) : (
					<input id={id} type="text" maxLength={5000} aria-describedby={hintId(field)} value={value} onInput={(e) => typeText(field.id, e.currentTarget.value)} />
				)}
			</div>
		);
	};

	return (
		<div class="pd-ex-worksheet" ref={rootRef}>
			{item.sections.map((section, s) => (
				<div key={s} class="pd-ex-section">
					{section.title && <Heading class="pd-ex-section-title">{section.title}</Heading>}
					{section.fields.map((field) => (
						<div key={field.id}>{field.kind === 'table' ? table(field) : single(field)}</div>
					))}
				</div>
			))}
		</div>
	);
}

const kind: OpenKind<Item, WorksheetAnswer> = {
	Body: WorksheetBody,
	read: (saved, item) => {
		const parsed = WorksheetAnswerSchema.safeParse(saved);
		return parsed.success && !misfit(item, parsed.data) ? parsed.data : undefined;
	},
	empty: () => ({}),
	isComplete: isWorksheetComplete,
	need: (item, labels) => (item.sections.some((s) => s.fields.some((f) => f.required)) ? labels['ws.need'] : labels['ws.needAny']),
};

function WorksheetView(props: ExerciseProps) {
	return <OpenRunner<Item, WorksheetAnswer> {...props} kind={kind} />;
}

export default /* @__PURE__ */ exerciseIsland(WorksheetView);
