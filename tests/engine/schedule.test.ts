import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/data/course';
import {
	MINUTE,
	addBreak,
	adjust,
	advance,
	buildTimeline,
	clockLabel,
	dateKey,
	dayRows,
	dayWarnings,
	emptyDay,
	formatDuration,
	isDateKey,
	localTime,
	moveBreak,
	planFromSessions,
	remaining,
	removeBreak,
	resetDay,
	sessionMinutes,
	setDate,
	setStart,
	startNow,
	toggleHold,
	wholeMinutes,
	type PlanStep,
} from '../../src/engine/schedule';
import type { WorkshopDay } from '../../src/schemas/workshop';

const course = loadCourse();
const plan = planFromSessions(course.sessions);

/** A small plan: two sessions of 90 minutes. */
const small: PlanStep[] = planFromSessions([
	{
		number: 1,
		process: [
			{ title: 'A', minutes: 30 },
			{ title: 'B', minutes: 60 },
		],
	},
	{
		number: 2,
		process: [
			{ title: 'C', minutes: 45 },
			{ title: 'D', minutes: 45 },
		],
	},
]);

const DAY = '2026-11-20';
const at = (clock: string) => localTime(DAY, clock);
const day = (patch: Partial<WorkshopDay> = {}): WorkshopDay => ({ ...emptyDay(), day: DAY, ...patch });
const current = (d: WorkshopDay, clock: string, p = small) => {
	const t = buildTimeline(p, d, at(clock));
	return t.items[t.current];
};

describe('the course data', () => {
	it.each(course.sessions.map((s) => [s.number] as const))("session %i's steps add up to 90 minutes", (n) => {
		expect(sessionMinutes(plan, n)).toBe(90);
	});

	it('lays out 450 minutes, 08.00 to 15.30 without breaks', () => {
		const t = buildTimeline(plan, day(), at('07:00'));
		expect(t.items.reduce((n, i) => n + i.planned, 0)).toBe(450);
		expect(clockLabel(t.start)).toBe('08.00');
		expect(clockLabel(t.end)).toBe('15.30');
	});

	it('keys every step "<session>.<step>" in order', () => {
		expect(plan[0]!.key).toBe('1.1');
		expect(plan.filter((p) => p.session === 5).at(-1)!.key).toBe(`5.${course.sessions[4]!.process.length}`);
	});
});

describe('start time', () => {
	it('starts at the planned time on the chosen day', () => {
		const t = buildTimeline(small, day({ start: '07:30' }), at('06:00'));
		expect(t.phase).toBe('before');
		expect(t.current).toBe(-1);
		expect(t.next).toBe(0);
		expect(t.items.map((i) => clockLabel(i.start))).toEqual(['07.30', '08.00', '09.00', '09.45']);
	});

	it('with no date, plans for the day of `now`', () => {
		const now = localTime('2027-01-05', '09:10');
		const t = buildTimeline(small, emptyDay(), now);
		expect(dateKey(t.start)).toBe('2027-01-05');
		expect(t.items[t.current]!.title).toBe('B');
	});

	it('follows the clock: the current step is the one whose time contains now', () => {
		expect(current(day(), '08:00')!.title).toBe('A');
		expect(current(day(), '08:29')!.title).toBe('A');
		expect(current(day(), '08:30')!.title).toBe('B');
		expect(current(day(), '09:45')!.title).toBe('C');
		expect(current(day(), '10:15')!.title).toBe('D');
		const after = buildTimeline(small, day(), at('11:00'));
		expect(after.phase).toBe('after');
		expect(after.current).toBe(-1);
		expect(after.next).toBe(-1);
	});

	it('"start now" replaces the planned start', () => {
		const d = startNow(day(), at('08:07'));
		expect(d.start).toBe('08:07');
		const t = buildTimeline(small, d, at('08:40'));
		expect(clockLabel(t.items[1]!.start)).toBe('08.37');
		expect(t.shift).toBe(0);
	});

	it('rejects a malformed start time or date and keeps the old one', () => {
		expect(setStart(day(), '8:00').start).toBe('08:00');
		expect(setStart(day(), '24:00').start).toBe('08:00');
		expect(setStart(day(), '07:15').start).toBe('07:15');
		expect(setDate(day(), '2026-02-30').day).toBe(DAY);
		expect(setDate(day(), 'besok').day).toBe(DAY);
		expect(setDate(day(), null).day).toBeNull();
		expect(isDateKey('2028-02-29')).toBe(true);
	});

	it('changing the planned start forgets a "start now" press', () => {
		const d = setStart(startNow(day(), at('08:07')), '09:00');
		expect(d.startedAt).toBeNull();
		expect(clockLabel(buildTimeline(small, d, at('08:00')).start)).toBe('09.00');
	});
});

describe('breaks', () => {
	it('a tea break goes after session 1 and moves the rest of the day', () => {
		const d = addBreak(small, day(), 'teh');
		expect(d.breaks).toEqual([{ id: 'teh-1', kind: 'teh', minutes: 15, after: '1.2' }]);
		const t = buildTimeline(small, d, at('07:00'));
		expect(t.items.map((i) => `${i.key} ${clockLabel(i.start)}`)).toEqual([
			'1.1 08.00',
			'1.2 08.30',
			'teh-1 09.30',
			'2.1 09.45',
			'2.2 10.30',
		]);
		expect(clockLabel(t.end)).toBe('11.15');
		expect(t.shift).toBe(0);
	});

	it('lunch and prayer go to later sessions, never after the last one', () => {
		let d = day();
		for (const kind of ['teh', 'makan', 'salat'] as const) d = addBreak(plan, d, kind);
		expect(d.breaks.map((b) => `${b.id}@${b.after}`)).toEqual(['teh-1@1.6', 'makan-1@2.4', 'salat-1@3.5']);
		d = addBreak(plan, d, 'teh');
		expect(d.breaks.at(-1)).toMatchObject({ id: 'teh-2', after: '4.5' });
		const last = plan.at(-1)!.key;
		expect(d.breaks.every((b) => b.after !== last)).toBe(true);
	});

	it('moves a break one step earlier or later, within the day', () => {
		let d = addBreak(small, day(), 'makan');
		expect(d.breaks[0]!.after).toBe('1.2');
		d = moveBreak(small, d, 'makan-1', -1);
		expect(d.breaks[0]!.after).toBe('1.1');
		expect(moveBreak(small, d, 'makan-1', -1)).toBe(d);
		d = moveBreak(small, moveBreak(small, d, 'makan-1', 1), 'makan-1', 1);
		expect(d.breaks[0]!.after).toBe('2.1');
		expect(moveBreak(small, d, 'makan-1', 1)).toBe(d);
		expect(moveBreak(small, d, 'nothing', 1)).toBe(d);
	});

	it('removes a break, with its mark and its hold', () => {
		let d = addBreak(small, day(), 'salat');
		d = { ...d, ended: { 'salat-1': at('09:40') }, hold: 'salat-1' };
		d = removeBreak(d, 'salat-1');
		expect(d.breaks).toEqual([]);
		expect(d.ended).toEqual({});
		expect(d.hold).toBeNull();
	});

	it('a break whose step vanished from the data is kept, at the end of the day', () => {
		const rows = dayRows(small, [{ id: 'teh-1', kind: 'teh', minutes: 15, after: '9.9' }]);
		expect(rows.at(-1)!.key).toBe('teh-1');
	});
});

describe('overruns', () => {
	it('a step moves on by itself at its end unless held', () => {
		expect(current(day(), '08:31')!.title).toBe('B');
		const held = toggleHold(small, day(), at('08:20'));
		expect(held.hold).toBe('1.1');
		const c = current(held, '08:38')!;
		expect(c.title).toBe('A');
		expect(c.overrun).toBe(8 * MINUTE);
		expect(remaining(c, at('08:38'))).toBe(-8 * MINUTE);
	});

	it('warns while a held step runs over, with the minutes', () => {
		const held = toggleHold(small, day(), at('08:20'));
		const now = at('08:38');
		const t = buildTimeline(small, held, now);
		expect(dayWarnings(t, now)).toEqual([
			{ type: 'overrun', key: '1.1', ms: 8 * MINUTE },
			{ type: 'late', ms: 8 * MINUTE },
		]);
	});

	it('warns two minutes before a step moves on by itself', () => {
		const now = at('08:28');
		expect(dayWarnings(buildTimeline(small, day(), now), now)).toEqual([
			{ type: 'ending', key: '1.1', ms: 2 * MINUTE },
		]);
		const early = at('08:27');
		expect(dayWarnings(buildTimeline(small, day(), early), early)).toEqual([]);
	});

	it('keeps the overrun of a finished step on record', () => {
		let d = toggleHold(small, day(), at('08:20'));
		d = advance(small, d, at('08:41'));
		const t = buildTimeline(small, d, at('09:00'));
		expect(t.items[0]).toMatchObject({ ended: true, status: 'done', overrun: 11 * MINUTE });
		expect(t.items[1]!.status).toBe('current');
		expect(d.hold).toBeNull();
	});

	it('releasing a hold after its time ends the step now', () => {
		let d = toggleHold(small, day(), at('08:20'));
		d = toggleHold(small, d, at('08:35'));
		expect(d.hold).toBeNull();
		expect(d.ended['1.1']).toBe(at('08:35'));
		const early = toggleHold(small, toggleHold(small, day(), at('08:20')), at('08:25'));
		expect(early.ended).toEqual({});
		expect(current(early, '08:31')!.title).toBe('B');
	});

	it('does nothing to hold or advance when the day is over', () => {
		const d = day();
		expect(toggleHold(small, d, at('12:00'))).toBe(d);
		expect(advance(small, d, at('12:00'))).toBe(d);
	});
});

describe('re-timing', () => {
	it('ending a step early pulls the rest of the day earlier', () => {
		const d = advance(small, day(), at('08:20'));
		expect(d.ended).toEqual({ '1.1': at('08:20') });
		expect(d.day).toBe(DAY);
		const t = buildTimeline(small, d, at('08:21'));
		expect(t.items[1]!.title).toBe('B');
		expect(clockLabel(t.items[1]!.start)).toBe('08.20');
		expect(clockLabel(t.end)).toBe('10.50');
		expect(t.shift).toBe(-10 * MINUTE);
		expect(dayWarnings(t, at('08:21'))).toEqual([{ type: 'early', ms: 10 * MINUTE }]);
	});

	it('advancing before the day starts starts it now', () => {
		const d = advance(small, day(), at('07:50'));
		expect(d.startedAt).toBe(at('07:50'));
		expect(current(d, '07:51')!.title).toBe('A');
	});

	it('stretching the current step moves the rest later', () => {
		const d = adjust(small, day(), '1.1', 5, at('08:10'));
		expect(d.adjust).toEqual({ '1.1': 35 });
		const t = buildTimeline(small, d, at('08:10'));
		expect(clockLabel(t.items[1]!.start)).toBe('08.35');
		expect(t.shift).toBe(5 * MINUTE);
	});

	it('cutting an upcoming step moves the rest earlier, down to 0 minutes (skipped)', () => {
		let d = adjust(small, day(), '2.1', -40, at('08:10'));
		expect(d.adjust).toEqual({ '2.1': 5 });
		d = adjust(small, d, '2.1', -10, at('08:10'));
		expect(d.adjust).toEqual({ '2.1': 0 });
		const t = buildTimeline(small, d, at('09:30'));
		expect(t.items[2]!.planned).toBe(0);
		expect(t.items[t.current]!.title).toBe('D');
		// The skipped step is never "next".
		const before = buildTimeline(small, d, at('09:00'));
		expect(before.items[before.next]!.title).toBe('D');
	});

	it('going back to the planned minutes removes the adjustment', () => {
		const d = adjust(small, adjust(small, day(), '1.2', 5, at('08:00')), '1.2', -5, at('08:00'));
		expect(d.adjust).toEqual({});
	});

	it('does not change a step that is over, or a key that does not exist', () => {
		const d = day();
		expect(adjust(small, d, '1.1', 5, at('09:00'))).toBe(d);
		expect(adjust(small, d, '7.1', 5, at('08:00'))).toBe(d);
		expect(adjust(small, d, '1.2', 0.5, at('08:00'))).toBe(d);
	});

	it('stretching a break changes its minutes within 5 to 120', () => {
		let d = addBreak(small, day(), 'teh');
		d = adjust(small, d, 'teh-1', -15, at('08:00'));
		expect(d.breaks[0]!.minutes).toBe(5);
		d = adjust(small, d, 'teh-1', 500, at('08:00'));
		expect(d.breaks[0]!.minutes).toBe(120);
	});

	it('an end mark earlier than the re-timed start makes that item zero-length, not negative', () => {
		const d = day({ ended: { '1.2': at('08:10') } });
		const t = buildTimeline(small, d, at('08:40'));
		expect(t.items[1]!.start).toBe(at('08:30'));
		expect(t.items[1]!.end).toBe(at('08:30'));
		expect(t.items[t.current]!.title).toBe('C');
	});

	it('survives a reload or a sleeping laptop: the same state and clock give the same step', () => {
		const d = toggleHold(small, adjust(small, day(), '1.1', 10, at('08:05')), at('08:06'));
		const saved = JSON.parse(JSON.stringify(d)) as WorkshopDay;
		const now = at('09:12');
		expect(buildTimeline(small, saved, now)).toEqual(buildTimeline(small, d, now));
		expect(current(saved, '09:12')!.overrun).toBe(32 * MINUTE);
	});

	it('reset forgets the marks and stretches but keeps start and breaks', () => {
		const d = resetDay(advance(small, addBreak(small, day({ start: '07:30' }), 'teh'), at('07:40')));
		expect(d).toMatchObject({ start: '07:30', day: null, startedAt: null, adjust: {}, ended: {}, hold: null });
		expect(d.breaks).toHaveLength(1);
	});
});

describe('formatting', () => {
	it('formats countdowns and overruns', () => {
		expect(formatDuration(10 * MINUTE)).toBe('10:00');
		expect(formatDuration(9 * MINUTE + 59_001)).toBe('10:00');
		expect(formatDuration(61_000)).toBe('1:01');
		expect(formatDuration(-3 * MINUTE - 10_000)).toBe('−3:10');
		expect(formatDuration(3_723_000)).toBe('1:02:03');
		expect(formatDuration(0)).toBe('0:00');
		expect(wholeMinutes(10_000)).toBe(1);
		expect(wholeMinutes(-2 * MINUTE)).toBe(2);
		expect(wholeMinutes(2 * MINUTE + 59_000)).toBe(2);
	});
});
