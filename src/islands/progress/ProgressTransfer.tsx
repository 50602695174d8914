import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { fill } from '../../data/format';
import { PROGRESS_TOO_LARGE, MAX_PROGRESS_CHARS, progressFileName, type MergeCount } from '../../engine/progress-file';
import { exportProgress, importProgress, type ImportResult } from '../../stores/progress-file';
import { downloadText } from '../download';
import { formatDate, type Labels } from './labels';

interface Props {
	labels: Labels;
}

type Message = { kind: 'status' | 'error'; lines: string[] };

/** "3 tanda pelajaran, 1 hasil latihan" for one kind of change in an import. */
function listOf(counts: Record<string, MergeCount>, which: 'added' | 'updated', L: Labels): string {
	return Object.entries(counts)
		.filter(([, c]) => c[which] > 0)
		.map(([name, c]) => `${c[which]} ${(L as Record<string, string>)[`slice.${name}`] ?? name}`)
		.join(', ');
}

export function importMessage(result: ImportResult, L: Labels): Message {
	if (!result.ok) return { kind: 'error', lines: [result.problem] };
	const date = formatDate(result.exportedAt);
	if (result.unchanged) return { kind: 'status', lines: [fill(L.importUnchanged, { date })] };
	const added = listOf(result.counts, 'added', L);
	const updated = listOf(result.counts, 'updated', L);
	const kept = Object.values(result.counts).reduce((n, c) => n + c.kept, 0);
	return {
		kind: 'status',
		lines: [
			fill(L.importDone, { date }),
			...(added ? [fill(L.importAdded, { list: added })] : []),
			...(updated ? [fill(L.importUpdated, { list: updated })] : []),
			...(kept > 0 ? [fill(L.importKept, { count: kept })] : []),
			...(result.storage !== 'ok' ? [L.importNotStored] : []),
		],
	};
}

/** Download all progress as one file, and load such a file from another device. */
export default function ProgressTransfer({ labels: L }: Props) {
	const [message, setMessage] = useState<Message | undefined>();
	const [busy, setBusy] = useState(false);

	function onExport() {
		const now = Date.now();
		const name = progressFileName(now);
		downloadText(name, exportProgress(now), 'application/json');
		setMessage({ kind: 'status', lines: [fill(L.exportDone, { file: name })] });
	}

	async function onImport(event: JSX.TargetedEvent<HTMLInputElement>) {
		const input = event.currentTarget;
		const file = input.files?.[0];
		if (!file) return;
		setBusy(true);
		try {
			// Bytes, not characters: a UTF-8 character takes up to four.
			const text = file.size > MAX_PROGRESS_CHARS * 4 ? undefined : await file.text();
			setMessage(text === undefined ? { kind: 'error', lines: [PROGRESS_TOO_LARGE] } : importMessage(importProgress(text), L));
		} catch {
			setMessage({ kind: 'error', lines: [L.importUnreadable] });
		} finally {
			setBusy(false);
			// The same file can be chosen again after a fix.
			input.value = '';
		}
	}

	return (
		<div class="pd-progress-transfer">
			<div class="pd-progress-box">
				<h3>{L.exportHeading}</h3>
				<p>{L.exportText}</p>
				<button type="button" class="pd-button" onClick={onExport}>
					{L.exportButton}
				</button>
			</div>
			<div class="pd-progress-box">
				<h3>{L.importHeading}</h3>
				<p>{L.importText}</p>
				<label class="pd-progress-file">
					<span>{L.importLabel}</span>
					<input type="file" accept=".json,application/json" onChange={onImport} disabled={busy} />
				</label>
			</div>
			<div role="status" class="pd-progress-message">
				{message?.kind === 'status' && message.lines.map((line, i) => <p key={i}>{line}</p>)}
			</div>
			<div role="alert" class="pd-progress-message pd-progress-error">
				{message?.kind === 'error' && message.lines.map((line, i) => <p key={i}>{line}</p>)}
			</div>
		</div>
	);
}
