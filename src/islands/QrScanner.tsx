/**
 * A camera view that reads QR codes until it is closed. Each new code is handed to `onCode`; the
 * same code seen again within a few seconds is ignored, so holding a phone up counts once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createQrReader } from './qr-reader';

export interface QrScannerLabels {
	/** Shown while the camera runs. */
	scanning: string;
	/** Close button. */
	close: string;
	/** No camera, or permission refused. */
	denied: string;
	/** Accessible name of the video. */
	video: string;
}

interface Props {
	onCode: (text: string) => void;
	onClose: () => void;
	labels: QrScannerLabels;
}

const REPEAT_MS = 4000;

export default function QrScanner({ onCode, onClose, labels }: Props) {
	const video = useRef<HTMLVideoElement>(null);
	const [error, setError] = useState<string | null>(null);
	const handler = useRef(onCode);
	handler.current = onCode;

	useEffect(() => {
		let stopped = false;
		let stream: MediaStream | undefined;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let last = { text: '', at: 0 };
		(async () => {
			try {
				stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
			} catch {
				if (!stopped) setError(labels.denied);
				return;
			}
			const el = video.current;
			if (stopped || !el) {
				stream.getTracks().forEach((t) => t.stop());
				return;
			}
			el.srcObject = stream;
			await el.play().catch(() => undefined);
			const read = await createQrReader();
			const tick = async () => {
				if (stopped) return;
				const text = await read(el);
				const now = Date.now();
				if (text && (text !== last.text || now - last.at > REPEAT_MS)) {
					last = { text, at: now };
					handler.current(text);
				}
				timer = setTimeout(tick, 250);
			};
			tick();
		})();
		return () => {
			stopped = true;
			clearTimeout(timer);
			stream?.getTracks().forEach((t) => t.stop());
		};
	}, []);

	return (
		<div class="pd-scanner">
			{error ? <p role="alert">{error}</p> : <p>{labels.scanning}</p>}
			{/* What the camera sees; the page announces what it read. */}
			<video ref={video} muted playsInline aria-label={labels.video} />
			<button type="button" class="pd-button" onClick={onClose}>
				{labels.close}
			</button>
		</div>
	);
}
