/**
 * The workshop day (*agenda lokakarya*), as pure functions: the five sessions' steps and the
 * facilitator's breaks laid out from a start time, then re-timed from what the facilitator marked
 * (a step ended early, stretched, cut or held past its time).
 *
 * Every time comes from stored timestamps and the `now` the caller passes: nothing here counts or
 * ticks, so a reload or a laptop that slept shows the right step. The day follows the clock by
 * itself; a step moves on early only when the facilitator ends it, and stays longer only when
 * they stretch it or hold it open (then it overruns and the rest of the day moves later).
 */
import type { BreakKind, DayBreak, WorkshopDay } from '../schemas/workshop';

export const MINUTE = 60_000;

/** One step of a session's process, as the run sheet uses it. */
export interface PlanStep {
	/** "<session>.<step>", e.g. "2.4". */
	key: string;
	session: number;
	/** 1-based position in its session. */
	step: number;
	title: string;
	minutes: number;
}

/** One row of the day: a step or a break, with its re-timed start and end. */
export interface TimedItem {
	key: string;
	kind: 'step' | 'break';
	/** Session number (for a break: the session it follows). */
	session: number;
	title: string;
	breakKind?: BreakKind;
	/** Minutes in the course data (a break: its own minutes). */
	base: number;
	/** Minutes after the facilitator's stretch or cut. */
	planned: number;
	start: number;
	end: number;
	status: 'done' | 'current' | 'upcoming';
	/** The facilitator ended this item (its end is the actual stop). */
	ended: boolean;
	held: boolean;
	/** Milliseconds the item ran (or is running) past its planned length; 0 when on time. */
	overrun: number;
}

export interface DayTimeline {
	items: TimedItem[];
	phase: 'before' | 'running' | 'after';
	/** Index of the current item, or -1. */
	current: number;
	/** Index of the item after the current one (before the day: the first), or -1. */
	next: number;
	/** When the day starts (the "start now" press, else the planned start). */
	start: number;
	/** When the day ends as re-timed now. */
	end: number;
	/** When the day would end by the plan: planned start, course minutes, the breaks as set. */
	plannedEnd: number;
	/** Milliseconds the end of the day has moved from the plan (positive: later). */
	shift: number;
}

export type DayWarning =
	| { type: 'overrun'; key: string; ms: number }
	| { type: 'ending'; key: string; ms: number }
	| { type: 'late'; ms: number }
	| { type: 'early'; ms: number };

/** Warn this long before a step that is not held moves on by itself. */
export const ENDING_SOON = 2 * MINUTE;

export const BREAK_MINUTES: Record<BreakKind, number> = { teh: 15, makan: 60, salat: 15 };

/** Where a new break goes by default: after this session, or the next one without a break. */
const BREAK_AFTER_SESSION: Record<BreakKind, number> = { teh: 1, makan: 2, salat: 3 };

export function emptyDay(): WorkshopDay {
	return { start: '08:00', day: null, startedAt: null, breaks: [], adjust: {}, ended: {}, hold: null };
}

/** The steps of the sessions in order, keyed "<session>.<step>". */
export function planFromSessions(
	sessions: { number: number; process: { title: string; minutes: number }[] }[],
): PlanStep[] {
	return [...sessions]
		.sort((a, b) => a.number - b.number)
		.flatMap((s) =>
			s.process.map((p, i) => ({
				key: `${s.number}.${i + 1}`,
				session: s.number,
				step: i + 1,
				title: p.title,
				minutes: p.minutes,
			})),
		);
}

export function sessionMinutes(plan: PlanStep[], session: number): number {
	return plan.filter((p) => p.session === session).reduce((n, p) => n + p.minutes, 0);
}

// ---------------------------------------------------------------- local dates and clock times

const pad = (n: number) => String(n).padStart(2, '0');

export function isClockTime(text: string): boolean {
	return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

export function isDateKey(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const [y, m, d] = text.split('-').map(Number) as [number, number, number];
	const date = new Date(y, m - 1, d);
	return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** The local date of a timestamp, "YYYY-MM-DD". */
export function dateKey(ts: number): string {
	const d = new Date(ts);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The timestamp of a local date and clock time ("2026-11-20", "08:00"). */
export function localTime(day: string, clock: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const [h, min] = clock.split(':').map(Number) as [number, number];
	return new Date(y, m - 1, d, h, min).getTime();
}

/** "08:05" for a timestamp (the value an <input type="time"> takes). */
export function clockInput(ts: number): string {
	const d = new Date(ts);
	return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "08.05": the Indonesian way of writing a clock time. */
export function clockLabel(ts: number): string {
	return clockInput(ts).replace(':', '.');
}

/** A countdown or a duration: "12:05", "1:02:03", and "−3:10" when negative. */
export function formatDuration(ms: number): string {
	const sign = ms < 0 ? '−' : '';
	// Whole seconds, rounded up while counting down so that "0:00" appears only at the end.
	const total = ms < 0 ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/** Whole minutes for messages, never 0: a step 10 seconds late reads "1 menit", 2:40 late "2 menit". */
export function wholeMinutes(ms: number): number {
	return Math.max(1, Math.floor(Math.abs(ms) / MINUTE));
}

// ---------------------------------------------------------------- the day

interface Row {
	key: string;
	kind: 'step' | 'break';
	session: number;
	title: string;
	breakKind?: BreakKind;
	base: number;
}

/** Steps and breaks in the order of the day. A break whose step no longer exists goes last. */
export function dayRows(plan: PlanStep[], breaks: DayBreak[]): Row[] {
	const known = new Set(plan.map((p) => p.key));
	const rows: Row[] = [];
	const breakRow = (b: DayBreak, session: number): Row => ({
		key: b.id,
		kind: 'break',
		session,
		title: b.id,
		breakKind: b.kind,
		base: b.minutes,
	});
	for (const step of plan) {
		rows.push({ key: step.key, kind: 'step', session: step.session, title: step.title, base: step.minutes });
		for (const b of breaks) if (b.after === step.key) rows.push(breakRow(b, step.session));
	}
	const last = plan.at(-1)?.session ?? 0;
	for (const b of breaks) if (!known.has(b.after)) rows.push(breakRow(b, last));
	return rows;
}

/** The planned start of the day (ignores a "start now" press). */
export function plannedStart(day: WorkshopDay, now: number): number {
	return localTime(day.day ?? dateKey(now), day.start);
}

export function dayStart(day: WorkshopDay, now: number): number {
	return day.startedAt ?? plannedStart(day, now);
}

export function buildTimeline(plan: PlanStep[], day: WorkshopDay, now: number): DayTimeline {
	const rows = dayRows(plan, day.breaks);
	const start = dayStart(day, now);
	let t = start;
	let plannedEnd = plannedStart(day, now);
	let found = false;
	const items: TimedItem[] = rows.map((row) => {
		const planned = row.kind === 'step' ? (day.adjust[row.key] ?? row.base) : row.base;
		const itemStart = t;
		const plannedStop = itemStart + planned * MINUTE;
		const mark = day.ended[row.key];
		const held = day.hold === row.key && mark === undefined && now >= itemStart;
		const end = mark !== undefined ? Math.max(mark, itemStart) : held ? Math.max(plannedStop, now) : plannedStop;
		t = end;
		plannedEnd += row.base * MINUTE;
		// A held item stays current while its end keeps pace with now; the next one has not begun.
		const status = held ? 'current' : found || itemStart > now ? 'upcoming' : end <= now ? 'done' : 'current';
		if (status === 'current') found = true;
		const ranFor = status === 'upcoming' ? 0 : Math.min(end, Math.max(now, itemStart)) - itemStart;
		const overrun = Math.max(0, (held ? now - itemStart : ranFor) - planned * MINUTE);
		return { ...row, planned, start: itemStart, end, status, ended: mark !== undefined, held, overrun };
	});
	const current = items.findIndex((i) => i.status === 'current');
	const phase = now < start ? 'before' : now < t ? 'running' : 'after';
	const from = current >= 0 ? current + 1 : phase === 'before' ? 0 : items.length;
	const next = items.findIndex((i, index) => index >= from && i.planned > 0);
	return { items, phase, current, next, start, end: t, plannedEnd, shift: t - plannedEnd };
}

/** Milliseconds left in the current item (negative when a held item runs over). */
export function remaining(item: TimedItem, now: number): number {
	if (item.held) return item.start + item.planned * MINUTE - now;
	return item.end - now;
}

/** What the facilitator should be told now, most urgent first. */
export function dayWarnings(timeline: DayTimeline, now: number): DayWarning[] {
	const out: DayWarning[] = [];
	const item = timeline.items[timeline.current];
	if (item) {
		if (item.overrun > 0) out.push({ type: 'overrun', key: item.key, ms: item.overrun });
		else if (!item.held && remaining(item, now) <= ENDING_SOON)
			out.push({ type: 'ending', key: item.key, ms: remaining(item, now) });
	}
	if (timeline.phase !== 'after' && Math.abs(timeline.shift) >= MINUTE)
		out.push(timeline.shift > 0 ? { type: 'late', ms: timeline.shift } : { type: 'early', ms: -timeline.shift });
	return out;
}

// ---------------------------------------------------------------- the facilitator's actions

export function setStart(day: WorkshopDay, clock: string): WorkshopDay {
	return isClockTime(clock) ? { ...day, start: clock, startedAt: null } : day;
}

export function setDate(day: WorkshopDay, date: string | null): WorkshopDay {
	if (date !== null && !isDateKey(date)) return day;
	return { ...day, day: date, startedAt: null };
}

/** The day starts now instead of at the planned time. */
export function startNow(day: WorkshopDay, now: number): WorkshopDay {
	return { ...day, day: dateKey(now), start: clockInput(now), startedAt: now, ended: {}, hold: null };
}

/** Marks pin the day: a run sheet left on "today" would otherwise move its marks to tomorrow. */
function pinned(day: WorkshopDay, now: number): WorkshopDay {
	return day.day === null ? { ...day, day: dateKey(now) } : day;
}

/** Ends the current step or break now; the next one starts now (cuts it short, or closes a held one). */
export function advance(plan: PlanStep[], day: WorkshopDay, now: number): WorkshopDay {
	const timeline = buildTimeline(plan, day, now);
	if (timeline.phase === 'before') return startNow(day, now);
	const item = timeline.items[timeline.current];
	if (!item) return day;
	return { ...pinned(day, now), ended: { ...day.ended, [item.key]: now }, hold: null };
}

/** Holds the current item open past its planned end, or releases it. */
export function toggleHold(plan: PlanStep[], day: WorkshopDay, now: number): WorkshopDay {
	const timeline = buildTimeline(plan, day, now);
	const item = timeline.items[timeline.current];
	if (!item) return day;
	if (item.held) {
		// Released after its time: it ends now rather than jumping back to its planned end.
		return now > item.start + item.planned * MINUTE
			? { ...day, hold: null, ended: { ...day.ended, [item.key]: now } }
			: { ...day, hold: null };
	}
	return { ...pinned(day, now), hold: item.key };
}

/** Stretches (positive) or cuts (negative) a step or break that has not ended yet. */
export function adjust(plan: PlanStep[], day: WorkshopDay, key: string, delta: number, now: number): WorkshopDay {
	const timeline = buildTimeline(plan, day, now);
	const item = timeline.items.find((i) => i.key === key);
	if (!item || item.status === 'done' || !Number.isInteger(delta)) return day;
	if (item.kind === 'break') {
		const minutes = Math.min(120, Math.max(5, item.planned + delta));
		return { ...day, breaks: day.breaks.map((b) => (b.id === key ? { ...b, minutes } : b)) };
	}
	const minutes = Math.min(240, Math.max(0, item.planned + delta));
	const { [key]: _, ...rest } = day.adjust;
	return { ...day, adjust: minutes === item.base ? rest : { ...rest, [key]: minutes } };
}

/** Adds a break of a kind after the end of a session (see BREAK_AFTER_SESSION). */
export function addBreak(plan: PlanStep[], day: WorkshopDay, kind: BreakKind): WorkshopDay {
	const sessions = [...new Set(plan.map((p) => p.session))];
	const lastOf = (session: number) => plan.filter((p) => p.session === session).at(-1)?.key;
	const taken = new Set(day.breaks.map((b) => b.after));
	const wanted = BREAK_AFTER_SESSION[kind];
	// Between two sessions: never after the last one.
	const between = sessions.slice(0, -1);
	if (between.length === 0) return day;
	const candidates = [...between.filter((s) => s >= wanted), ...between.filter((s) => s < wanted).reverse()];
	const session = candidates.find((s) => !taken.has(lastOf(s)!)) ?? Math.min(wanted, between.at(-1)!);
	const after = lastOf(session)!;
	let n = 1;
	while (day.breaks.some((b) => b.id === `${kind}-${n}`)) n++;
	return { ...day, breaks: [...day.breaks, { id: `${kind}-${n}`, kind, minutes: BREAK_MINUTES[kind], after }] };
}

/** Moves a break one step earlier (-1) or later (+1) in the day. */
export function moveBreak(plan: PlanStep[], day: WorkshopDay, id: string, direction: -1 | 1): WorkshopDay {
	const b = day.breaks.find((x) => x.id === id);
	if (!b) return day;
	const keys = plan.map((p) => p.key);
	const at = keys.indexOf(b.after);
	const to = at === -1 ? keys.length - 1 : at + direction;
	// A break sits between two steps: not before the first step, not after the last one.
	if (to < 0 || to >= keys.length - 1) return day;
	return { ...day, breaks: day.breaks.map((x) => (x.id === id ? { ...x, after: keys[to]! } : x)) };
}

export function removeBreak(day: WorkshopDay, id: string): WorkshopDay {
	const { [id]: _, ...ended } = day.ended;
	return { ...day, breaks: day.breaks.filter((b) => b.id !== id), ended, hold: day.hold === id ? null : day.hold };
}

/** Clears what happened during the day (marks, stretches, the start press); keeps the plan. */
export function resetDay(day: WorkshopDay): WorkshopDay {
	return { ...day, day: null, startedAt: null, adjust: {}, ended: {}, hold: null };
}
