/**
 * A countdown computed from stored times, never from a ticking counter: a reload, a sleeping laptop
 * or a tab in the background neither loses nor doubles time.
 */
export interface Countdown {
	durationMs: number;
	/** When the current run started (ms since the epoch), or null while paused or not started. */
	startedAt: number | null;
	/** Time already run before the current run. */
	elapsedMs: number;
}

export interface CountdownState {
	elapsedMs: number;
	remainingMs: number;
	running: boolean;
	started: boolean;
	finished: boolean;
	/** How far past zero the clock is, while it keeps running after the end. */
	overrunMs: number;
}

export function newCountdown(minutes: number): Countdown {
	return { durationMs: Math.round(minutes * 60_000), startedAt: null, elapsedMs: 0 };
}

function elapsed(c: Countdown, now: number): number {
	// A clock set back while running must not give time back or go negative.
	return c.elapsedMs + (c.startedAt === null ? 0 : Math.max(0, now - c.startedAt));
}

export function countdownState(c: Countdown, now: number): CountdownState {
	const elapsedMs = elapsed(c, now);
	return {
		elapsedMs,
		remainingMs: Math.max(0, c.durationMs - elapsedMs),
		running: c.startedAt !== null,
		started: elapsedMs > 0 || c.startedAt !== null,
		finished: elapsedMs >= c.durationMs,
		overrunMs: Math.max(0, elapsedMs - c.durationMs),
	};
}

export function startCountdown(c: Countdown, now: number): Countdown {
	return c.startedAt === null ? { ...c, startedAt: now } : c;
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
	return c.startedAt === null ? c : { ...c, startedAt: null, elapsedMs: elapsed(c, now) };
}

export function resetCountdown(c: Countdown): Countdown {
	return { ...c, startedAt: null, elapsedMs: 0 };
}

export function setDuration(c: Countdown, minutes: number): Countdown {
	return { ...c, durationMs: Math.round(minutes * 60_000) };
}

/** "mm:ss", or "h:mm:ss" from an hour up; rounds up so that 0:00 means the time is really over. */
export function formatClock(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const mm = String(m).padStart(2, '0');
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
