// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Labels } from '../../src/islands/progress/labels';
import type { CoursePlan } from '../../src/engine/progress-summary';
import { outlineFrom } from '../../src/engine/syllabus';

const strings = JSON.parse(readFileSync('content/i18n/id.json', 'utf8')) as Record<string, string>;
const PREFIX = 'paradiplomasi.progressPage.';
const labels = Object.fromEntries(
	Object.entries(strings)
		.filter(([k]) => k.startsWith(PREFIX))
		.map(([k, v]) => [k.slice(PREFIX.length), v]),
) as Labels;

const outline = outlineFrom({ pengantar: { lessons: ['tentang-modul'] }, sessions: [{ number: 1, title: 'Diplomasi', lessons: ['a', 'b'] }] });
const plan: CoursePlan = { outline, parts: { 'sub-modul-1': { exercises: ['sm1-x'], quiz: 'sub-modul-1' } }, preTest: 'pre-test', postTest: 'post-test', scenarios: [] };
const partNames = { pengantar: 'Pengantar', 'sub-modul-1': 'Sub-modul 1' };
const module = { title: labels.recordModuleTitle, publisher: labels.recordModulePublisher, minutes: 450, sessions: 5 };

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the completion record', () => {
	it('saves what the learner types and shows it as text, never as markup', async () => {
		vi.resetModules();
		const { default: CompletionRecord } = await import('../../src/islands/progress/CompletionRecord');
		const { container } = render(<CompletionRecord plan={plan} partNames={partNames} module={module} labels={labels} />);
		const name = await screen.findByRole('textbox', { name: labels.recordName });
		fireEvent.input(name, { target: { value: '<img src=x onerror=alert(1)>' } });
		await screen.findByText('<img src=x onerror=alert(1)>', { selector: '.pd-record-name' });
		expect(container.querySelector('img')).toBeNull();
		expect(JSON.parse(localStorage.getItem('paradiplomasi:learner:v1')!).items.peserta.name).toBe('<img src=x onerror=alert(1)>');
		expect(screen.getByText(/bukan sertifikat resmi/, { selector: '.pd-record-kicker' })).toBeTruthy();
		expect(screen.getByText('450 menit (5 sub-modul × 90 menit)')).toBeTruthy();
	});

	it('shows the saved details after mount, and the scores of every part', async () => {
		const now = Date.UTC(2026, 10, 20);
		localStorage.setItem('paradiplomasi:learner:v1', JSON.stringify({ v: 1, items: { peserta: { name: 'Siti', nip: '1980', agency: 'Bappeda', updatedAt: now } } }));
		localStorage.setItem('paradiplomasi:lessons:v1', JSON.stringify({ v: 1, items: { 'sub-modul-1/a': { visitedAt: now, doneAt: now, updatedAt: now } } }));
		const attempt = { startedAt: now, finishedAt: now, seed: 1, itemIds: [], answers: {}, score: 3, max: 4 };
		localStorage.setItem('paradiplomasi:quizzes:v1', JSON.stringify({ v: 1, items: { 'sub-modul-1': { attempts: [attempt], updatedAt: now } } }));
		vi.resetModules();
		const { default: CompletionRecord } = await import('../../src/islands/progress/CompletionRecord');
		render(<CompletionRecord plan={plan} partNames={partNames} module={module} labels={labels} />);
		expect(await screen.findByDisplayValue('Siti')).toBeTruthy();
		const row = screen.getByRole('row', { name: /Sub-modul 1/ });
		expect(row.textContent).toContain('1/2');
		expect(row.textContent).toContain('75%');
		expect(screen.getByText(/Pre-test: belum dikerjakan/)).toBeTruthy();
	});
});

describe('the import message', () => {
	it('says what the file added and updated, per kind of progress', async () => {
		const { importMessage } = await import('../../src/islands/progress/ProgressTransfer');
		const counts = { lessons: { added: 3, updated: 1, kept: 2 }, exercises: { added: 1, updated: 0, kept: 0 }, learner: { added: 0, updated: 0, kept: 1 } };
		const message = importMessage({ ok: true, exportedAt: Date.UTC(2026, 10, 23), counts, unchanged: false, storage: 'ok' }, labels);
		expect(message).toEqual({
			kind: 'status',
			lines: [
				'Berkas progres dari 23 November 2026 sudah dimuat.',
				'Ditambahkan: 3 tanda pelajaran, 1 hasil latihan.',
				'Diperbarui dengan catatan yang lebih baru: 1 tanda pelajaran.',
				'3 butir di perangkat ini sama atau lebih baru, jadi tetap dipakai.',
			],
		});
		expect(importMessage({ ok: false, problem: 'Berkas ini bukan berkas progres.' }, labels)).toEqual({ kind: 'error', lines: ['Berkas ini bukan berkas progres.'] });
		const blocked = importMessage({ ok: true, exportedAt: 0, counts, unchanged: false, storage: 'blocked' }, labels);
		expect(blocked.lines.at(-1)).toMatch(/hanya tersimpan sementara/);
	});
});
