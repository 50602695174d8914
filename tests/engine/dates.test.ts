import { describe, expect, it } from 'vitest';
import { dayMonthYear, weekdayDate } from '../../src/engine/dates';

const full = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const long = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });

describe('Indonesian dates without Intl', () => {
	it('spells every weekday and month as Intl does', () => {
		// One day in each month of two years covers every month name and every weekday.
		for (let month = 0; month < 24; month++) {
			const at = new Date(2026 + Math.floor(month / 12), month % 12, 1 + month, 10, 30).getTime();
			expect(weekdayDate(at)).toBe(full.format(at));
			expect(dayMonthYear(at)).toBe(long.format(at));
		}
	});

	it('reads the day in local time, also just before midnight', () => {
		const at = new Date(2026, 10, 23, 23, 59).getTime();
		expect(weekdayDate(at)).toBe('Senin, 23 November 2026');
	});

	it('answers a dash for a time that is not one', () => {
		expect(dayMonthYear(Number.NaN)).toBe('–');
		expect(weekdayDate(Number.POSITIVE_INFINITY)).toBe('–');
	});
});
