/** What the offline status says, from the service worker's messages: pure functions. */
export type OfflineState =
	| { kind: 'checking' }
	| { kind: 'unsupported' }
	| { kind: 'offer'; transferBytes: number }
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'ready' }
	| { kind: 'incomplete'; failed: number };

/** "1,4 MB" / "820 KB", as Indonesian readers write numbers. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
	return `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString('id-ID')} KB`;
}

export function percent(done: number, total: number): number {
	return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
}

/** Whether to start the download without asking: not when the learner asked the browser to save data or the link is very slow. */
export function shouldAutoDownload(connection?: { saveData?: boolean; effectiveType?: string }): boolean {
	if (!connection) return true;
	return !connection.saveData && connection.effectiveType !== '2g' && connection.effectiveType !== 'slow-2g';
}
