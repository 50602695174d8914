// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planFromSessions } from '../../src/engine/schedule';
import type { RunSheetLabels, RunSheetSession } from '../../src/islands/RunSheet';

const strings = JSON.parse(readFileSync('content/i18n/id.json', 'utf8')) as Record<string, string>;
const prefix = 'paradiplomasi.agenda.';
const labels = {
	...Object.fromEntries(
		Object.entries(strings)
			.filter(([k]) => k.startsWith(prefix))
			.map(([k, v]) => [k.slice(prefix.length), v]),
	),
	breakTeh: strings['paradiplomasi.agenda.break.teh'],
	breakMakan: strings['paradiplomasi.agenda.break.makan'],
	breakSalat: strings['paradiplomasi.agenda.break.salat'],
} as RunSheetLabels;
const plan = planFromSessions([
	{
		number: 1,
		process: [
			{ title: 'Curah pendapat', minutes: 30 },
			{ title: 'Materi', minutes: 60 },
		],
	},
	{ number: 2, process: [{ title: 'Diskusi', minutes: 90 }] },
]);
const sessions: RunSheetSession[] = [1, 2].map((number) => ({
	number,
	title: `Sesi uji ${number}`,
	steps: {
		'1.1': {
			media: ['Kertas plano'],
			lesson: { href: '/sub-modul-1/a/', title: 'Pelajaran A' },
			projector: '/proyeksi/sub-modul-1/a/',
		},
	},
	links: [],
}));

async function mount() {
	vi.resetModules();
	const { default: RunSheet } = await import('../../src/islands/RunSheet');
	return render(<RunSheet plan={plan} sessions={sessions} labels={labels} />);
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
	vi.setSystemTime(new Date(2026, 10, 20, 8, 40));
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('the run sheet island', () => {
	it('shows the step under way, what comes next and its countdown', async () => {
		await mount();
		await vi.advanceTimersByTimeAsync(10);
		const now = screen.getByRole('heading', { name: 'Sekarang' }).closest('section')!;
		expect(now.textContent).toContain('Sesi 1, langkah 2 · Materi');
		expect(now.textContent).toContain('Berikutnya: Sesi 2, langkah 1 · Diskusi (09.30)');
		expect(within(now).getByRole('timer').textContent).toBe('50:00');
		await vi.advanceTimersByTimeAsync(60_000);
		expect(within(now).getByRole('timer').textContent).toBe('49:00');
	});

	it('adds a break from a button, moves it earlier and removes it', async () => {
		vi.setSystemTime(new Date(2026, 10, 20, 8, 10));
		await mount();
		await vi.advanceTimersByTimeAsync(10);
		fireEvent.click(screen.getByRole('button', { name: '+ Rehat teh' }));
		await vi.advanceTimersByTimeAsync(10);
		const row = document.querySelector('tr[data-key="teh-1"]')!;
		expect(row.textContent).toContain('Rehat teh');
		expect(row.querySelector('.pd-runsheet-time')!.textContent).toBe('09.30–09.45');
		fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Lebih awal: Rehat teh' }));
		await vi.advanceTimersByTimeAsync(10);
		expect(document.querySelector('tr[data-key="teh-1"] .pd-runsheet-time')!.textContent).toBe('08.30–08.45');
		expect(document.querySelector('tr[data-key="1.2"] .pd-runsheet-time')!.textContent).toBe('08.45–09.45');
		fireEvent.click(screen.getByRole('button', { name: 'Hapus: Rehat teh' }));
		await vi.advanceTimersByTimeAsync(10);
		expect(document.querySelector('tr[data-key="teh-1"]')).toBeNull();
	});

	it('links each step to its lesson and projector view', async () => {
		await mount();
		expect(screen.getByRole('link', { name: 'Pelajaran: Pelajaran A' }).getAttribute('href')).toBe('/sub-modul-1/a/');
		expect(screen.getByRole('link', { name: 'Proyeksi: Pelajaran A' }).getAttribute('href')).toBe(
			'/proyeksi/sub-modul-1/a/',
		);
	});
});
