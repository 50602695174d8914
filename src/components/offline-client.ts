/** Registers the service worker and keeps every offline status on the page up to date. */
import { fill } from '../data/format';
import { formatBytes, percent, shouldAutoDownload, type OfflineState } from '../engine/offline';

type Strings = Record<'checking' | 'unsupported' | 'offer' | 'download' | 'progress' | 'ready' | 'incomplete' | 'retry' | 'updated' | 'reload', string>;

let started = false;

export function initOffline(): void {
	if (started) return;
	started = true;
	const boxes = [...document.querySelectorAll<HTMLElement>('[data-offline]')];
	if (boxes.length === 0) return;
	const strings = JSON.parse(boxes[0]!.dataset.strings ?? '{}') as Strings;
	let transferBytes = 0;

	const show = (state: OfflineState, action?: { label: string; run: () => void }) => {
		const text =
			state.kind === 'offer'
				? fill(strings.offer, { size: formatBytes(state.transferBytes) })
				: state.kind === 'progress'
					? fill(strings.progress, { percent: percent(state.done, state.total), size: formatBytes(transferBytes) })
					: state.kind === 'incomplete'
						? fill(strings.incomplete, { failed: state.failed })
						: strings[state.kind];
		for (const box of boxes) {
			box.dataset.state = state.kind;
			box.querySelector('.pd-offline-text')!.textContent = text;
			const button = box.querySelector<HTMLButtonElement>('.pd-offline-action')!;
			button.hidden = !action;
			if (action) {
				button.textContent = action.label;
				button.onclick = action.run;
			}
		}
	};

	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		show({ kind: 'unsupported' });
		return;
	}

	const startDownload = (worker: ServiceWorker) => {
		show({ kind: 'progress', done: 0, total: 1 });
		worker.postMessage({ type: 'download' });
	};

	navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
		const data = event.data as { type?: string; done?: number; total?: number; failed?: number; complete?: boolean; updated?: boolean };
		if (data.type === 'progress') show({ kind: 'progress', done: data.done ?? 0, total: data.total ?? 1 });
		if (data.type === 'complete') show({ kind: 'ready' });
		if (data.type === 'incomplete') {
			const worker = navigator.serviceWorker.controller;
			show({ kind: 'incomplete', failed: data.failed ?? 0 }, worker ? { label: strings.retry, run: () => startDownload(worker) } : undefined);
		}
		if (data.type === 'activated' && data.updated)
			for (const box of boxes) {
				box.dataset.state = 'updated';
				box.querySelector('.pd-offline-text')!.textContent = strings.updated;
				const button = box.querySelector<HTMLButtonElement>('.pd-offline-action')!;
				button.hidden = false;
				button.textContent = strings.reload;
				button.onclick = () => location.reload();
			}
		if (data.type === 'status') {
			if (data.complete) show({ kind: 'ready' });
			else {
				const worker = navigator.serviceWorker.controller;
				if (!worker) return;
				const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
				if (shouldAutoDownload(connection)) startDownload(worker);
				else show({ kind: 'offer', transferBytes }, { label: strings.download, run: () => startDownload(worker) });
			}
		}
	});

	// Registered once the page has loaded and the browser is idle, so that the service worker and
	// the offline download it starts never compete with the page the learner opened.
	const whenIdle = (run: () => void) => {
		const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));
		if (document.readyState === 'complete') idle();
		else addEventListener('load', idle, { once: true });
	};
	whenIdle(async () => {
		try {
			const info = (await (await fetch('/offline.json')).json()) as { transferBytes: number };
			transferBytes = info.transferBytes;
			show({ kind: 'offer', transferBytes });
			await navigator.serviceWorker.register('/sw.js');
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			navigator.serviceWorker.controller?.postMessage({ type: 'status' });
		} catch {
			show({ kind: 'unsupported' });
		}
	});
}
