/**
 * Dates in Indonesian, written out without Intl: the first Intl.DateTimeFormat a page builds loads
 * the locale's data (about 33 ms on the run sheet's first render, before any phone throttling). The
 * names never change, so they are spelled here; a test checks them against Intl.
 */
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = [
	'Januari',
	'Februari',
	'Maret',
	'April',
	'Mei',
	'Juni',
	'Juli',
	'Agustus',
	'September',
	'Oktober',
	'November',
	'Desember',
];

/** "23 November 2026" (local time); a dash for a time that is not one. */
export function dayMonthYear(at: number): string {
	const d = new Date(at);
	if (Number.isNaN(d.getTime())) return '–';
	return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** "Senin, 23 November 2026" (local time); a dash for a time that is not one. */
export function weekdayDate(at: number): string {
	const d = new Date(at);
	if (Number.isNaN(d.getTime())) return '–';
	return `${DAYS[d.getDay()]}, ${dayMonthYear(at)}`;
}
