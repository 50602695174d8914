/** "Start again", with an inline confirmation so that no tap or key press loses work by accident. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Labels } from './labels';

export default function ResetButton({ labels, onReset }: { labels: Labels; onReset: () => void }) {
	const [asking, setAsking] = useState(false);
	const [focus, setFocus] = useState<'confirm' | 'reset' | null>(null);
	const confirmRef = useRef<HTMLButtonElement>(null);
	const resetRef = useRef<HTMLButtonElement>(null);
	useEffect(() => {
		if (focus === 'confirm') confirmRef.current?.focus();
		if (focus === 'reset') resetRef.current?.focus();
		if (focus) setFocus(null);
	}, [focus]);

	if (!asking)
		return (
			<button
				type="button"
				class="pd-ex-secondary"
				ref={resetRef}
				onClick={() => {
					setAsking(true);
					setFocus('confirm');
				}}
			>
				{labels.reset}
			</button>
		);
	return (
		<span class="pd-ex-confirm" role="group" aria-label={labels.resetQuestion}>
			<span class="pd-ex-confirm-question">{labels.resetQuestion}</span>
			<button
				type="button"
				class="pd-ex-danger"
				ref={confirmRef}
				onClick={() => {
					setAsking(false);
					onReset();
					setFocus('reset');
				}}
			>
				{labels.resetConfirm}
			</button>
			<button
				type="button"
				class="pd-ex-secondary"
				onClick={() => {
					setAsking(false);
					setFocus('reset');
				}}
			>
				{labels.resetCancel}
			</button>
		</span>
	);
}
