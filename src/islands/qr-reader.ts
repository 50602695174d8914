/**
 * Reads QR codes from a video element: the browser's own BarcodeDetector where it has one (Android
 * Chrome), otherwise jsQR, loaded only now, when a camera is opened.
 */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

interface Detector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats?(): Promise<string[]>;
}

export async function createQrReader(): Promise<QrReader> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	const formats: string[] = (await Native?.getSupportedFormats?.().catch(() => [])) ?? [];
	if (Native && formats.includes('qr_code')) {
		const detector = new Native({ formats: ['qr_code'] });
		return async (video) => {
			const found: { rawValue: string }[] = await detector.detect(video).catch(() => []);
			return found[0]?.rawValue ?? null;
		};
	}
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return async (video) => {
		const { videoWidth: w, videoHeight: h } = video;
		if (!context || !w || !h) return null;
		canvas.width = w;
		canvas.height = h;
		context.drawImage(video, 0, 0, w, h);
		return jsQR(context.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null;
	};
}
