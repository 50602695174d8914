/**
 * The field where a code is typed (or, with a camera, scanned) and the line that says what became of
 * it: the facilitator's quiz and role-play collection, and the participant's quiz code. Reading and
 * checking the code is the caller's (engine/codes and the stores); this only renders and forwards.
 */
import { useState } from 'preact/hooks';
import type { QrScannerLabels } from './QrScanner';

type ScannerComponent = typeof import('./QrScanner').default;

export interface CodeInputLabels {
	label: string;
	hint: string;
	submit: string;
	/** The camera button and the scanner's texts; without them no camera is offered. */
	scan?: QrScannerLabels & { open: string };
}

/** What became of a code: `ok` and the confirmation, or not and the reason. */
export interface CodeOutcome {
	ok: boolean;
	text: string;
}

/** The class names of the page family the field sits in (quiz.css or roleplay.css). */
const LOOKS = {
	quiz: {
		form: 'pd-fq-form',
		field: 'pd-fq-field',
		input: 'pd-fq-code-input',
		hint: 'pd-fq-help',
		actions: 'pd-fq-actions',
		secondary: 'pd-ex-secondary',
		message: 'pd-fq-message',
		ok: 'is-ok',
		error: 'is-error',
	},
	roleplay: {
		form: 'rp-collect-form',
		field: 'rp-field',
		input: 'rp-code-input',
		hint: 'rp-hint',
		actions: 'rp-actions',
		secondary: 'pd-button rp-secondary',
		message: '',
		ok: 'rp-ok',
		error: 'rp-error',
	},
} as const;

interface Props {
	/** The input's id; the hint and the message line take it as a prefix. */
	id: string;
	look: keyof typeof LOOKS;
	labels: CodeInputLabels;
	/** Takes a typed or scanned code and says what became of it. A typed code that is taken is cleared. */
	onCode: (text: string) => CodeOutcome;
	/** The message line is an alert (a page that only ever reports errors here), not a status. */
	alert?: boolean;
}

export default function CodeInput({ id, look, labels: L, onCode, alert }: Props) {
	const C = LOOKS[look];
	const [text, setText] = useState('');
	const [message, setMessage] = useState<(CodeOutcome & { typed: boolean }) | null>(null);
	// The scanner (and with it the QR decoder) is loaded only when the camera is asked for.
	const [Scanner, setScanner] = useState<ScannerComponent | null>(null);

	const take = (code: string, typed: boolean) => {
		const outcome = onCode(code);
		setMessage({ ...outcome, typed });
		if (typed && outcome.ok) setText('');
	};
	const messageClass = [C.message, message && (message.ok ? C.ok : C.error)].filter(Boolean).join(' ');

	return (
		<>
			<form
				class={C.form}
				onSubmit={(e) => {
					e.preventDefault();
					take(text, true);
				}}
			>
				<p class={C.field}>
					<label for={id}>{L.label}</label>
					<input
						id={id}
						class={C.input}
						value={text}
						onInput={(e) => setText(e.currentTarget.value)}
						autoComplete="off"
						autoCapitalize="characters"
						spellcheck={false}
						aria-describedby={`${id}-hint ${id}-message`}
						aria-invalid={message && !message.ok && message.typed ? true : undefined}
					/>
					<span id={`${id}-hint`} class={C.hint}>
						{L.hint}
					</span>
				</p>
				<p class={C.actions}>
					<button type="submit" class="pd-button">
						{L.submit}
					</button>
					{L.scan && !Scanner && (
						<button
							type="button"
							class={C.secondary}
							onClick={() => void import('./QrScanner').then((m) => setScanner(() => m.default))}
						>
							{L.scan.open}
						</button>
					)}
				</p>
			</form>
			{L.scan && Scanner && (
				<Scanner onCode={(code) => take(code, false)} onClose={() => setScanner(null)} labels={L.scan} />
			)}
			<p id={`${id}-message`} role={alert ? 'alert' : 'status'} class={messageClass || undefined}>
				{message?.text}
			</p>
		</>
	);
}
