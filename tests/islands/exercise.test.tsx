// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrate, render as renderInto } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Labels } from '../../src/islands/exercises/labels';
import type { Exercise } from '../../src/schemas/exercise';
import { board, ordering, sorting, worksheet } from '../engine/exercises/fixtures';

const KEY = 'paradiplomasi:exercises:v1';
const strings = JSON.parse(readFileSync('content/i18n/id.json', 'utf8')) as Record<string, string>;
const labels = Object.fromEntries(
	Object.entries(strings)
		.filter(([k]) => k.startsWith('paradiplomasi.exercise.'))
		.map(([k, v]) => [k.slice('paradiplomasi.exercise.'.length), v]),
) as Labels;
const source = { href: '/sub-modul-1/a/#b', label: 'Pelajaran A: Bagian B' };
const asExercise = (item: object) => ({ title: 'Latihan uji', lesson: 'a', ...item }) as Exercise;

// Each type's view is its own island, as Exercise.astro picks it.
const views = {
	ordering: () => import('../../src/islands/exercises/OrderingView'),
	sorting: () => import('../../src/islands/exercises/PlaceView'),
	brainstorm: () => import('../../src/islands/exercises/BoardView'),
	worksheet: () => import('../../src/islands/exercises/WorksheetView'),
};
const viewOf = async (item: { type: string }) => (await views[item.type as keyof typeof views]()).default;

async function mount(item: { type: string }) {
	vi.resetModules();
	const View = await viewOf(item);
	const view = render(<View exercise={asExercise(item)} labels={labels} level={3} source={source} />);
	await screen.findByText(labels.reset, {}, { timeout: 5000 });
	return view;
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the exercise island', () => {
	it('the server sends a readable version, which stays until the interactive one has mounted', async () => {
		vi.resetModules();
		const View = await viewOf(sorting);
		const props = { exercise: asExercise(sorting), labels, level: 3 as const };
		vi.stubEnv('SSR', true);
		const html = renderToString(<View {...props} />);
		vi.unstubAllEnvs();
		expect(html).toContain(labels.staticNote);
		expect(html).toContain('Pengiriman tentara');
		expect(html).not.toContain('<button');
		const container = document.createElement('div');
		container.innerHTML = html;
		document.body.append(container);
		hydrate(<View {...props} />, container);
		// Hydration keeps the server's HTML (the browser has no code to render it) …
		expect(container.textContent).toContain(labels.staticNote);
		// … until the interactive view replaces it.
		await within(container).findByRole('button', { name: labels.check }, { timeout: 5000 });
		expect(container.textContent).not.toContain(labels.staticNote);
		renderInto(null, container);
		container.remove();
	});

	it('ordering: the arrow keys and tap-to-pick, tap-to-place move steps', async () => {
		await mount(ordering);
		const texts = () => [...document.querySelectorAll('.pd-ex-step .pd-ex-card-text')].map((e) => e.textContent);
		const before = texts();
		const first = screen.getByRole('button', { name: new RegExp(before[0]!) });
		fireEvent.keyDown(first, { key: 'ArrowDown' });
		await waitFor(() => expect(texts()).toEqual([before[1], before[0], ...before.slice(2)]));
		fireEvent.click(screen.getByRole('button', { name: new RegExp(before[4]!) }));
		fireEvent.click(screen.getByRole('button', { name: new RegExp(before[1]!) }));
		await waitFor(() => expect(texts()[0]).toBe(before[4]));
		expect(screen.getByRole('status').textContent).toMatch(/sekarang di posisi 1 dari 5/);
	});

	it('sorting: places a card, checks, explains with the lesson link, and saves', async () => {
		await mount(sorting);
		fireEvent.click(screen.getByRole('button', { name: /Pengiriman tentara/ }));
		const quick = await screen.findByRole('group', { name: labels['place.quick'] });
		fireEvent.click(within(quick).getByRole('button', { name: 'Hard power' }));
		await waitFor(() => expect(within(screen.getByRole('group', { name: 'Hard power' })).getByText('Pengiriman tentara')).toBeTruthy());
		fireEvent.click(screen.getByRole('button', { name: labels.check }));
		await screen.findByText(labels['result.partial']);
		expect(screen.getByText('Skor: 1 dari 4.')).toBeTruthy();
		expect(screen.getByRole('link', { name: source.label }).getAttribute('href')).toBe(source.href);
		expect(JSON.parse(localStorage.getItem(KEY)!).items['q-sort']).toMatchObject({ answer: { c3: 'hard' }, score: 1, max: 4, attempts: 1 });
	});

	it('restores a checked answer with its feedback', async () => {
		localStorage.setItem(KEY, JSON.stringify({ v: 1, items: { 'q-sort': { answer: { c1: 'soft', c2: 'soft', c3: 'hard', c4: 'hard' }, score: 4, max: 4, completed: true, attempts: 2, updatedAt: 1 } } }));
		await mount(sorting);
		expect(await screen.findByText(labels['result.correct'])).toBeTruthy();
		expect(screen.getByRole('button', { name: labels.retry })).toBeTruthy();
		expect(screen.getByText(/percobaan ke-2/)).toBeTruthy();
	});

	it('keeps a saved answer that no longer fits as a backup, and starts afresh', async () => {
		localStorage.setItem(KEY, JSON.stringify({ v: 1, items: { 'q-sort': { answer: 'rubbish', score: 0, max: 4, completed: true, attempts: 1, updatedAt: 1 } } }));
		await mount(sorting);
		expect(screen.getByRole('button', { name: labels.check })).toBeTruthy();
		const backups = JSON.parse(localStorage.getItem('paradiplomasi:backups:v1')!);
		expect(backups).toMatchObject([{ key: KEY, raw: '{"q-sort":"rubbish"}' }]);
		expect(backups[0].problem).toMatch(/q-sort.*cadangan/);
	});

	it('keeps board notes in a column the board no longer has as a backup', async () => {
		const notes = { notes: [{ id: 'n1', column: 'dihapus', text: 'Catatan lama' }] };
		localStorage.setItem(KEY, JSON.stringify({ v: 1, items: { 'b-board': { answer: notes, score: 0, max: 0, completed: false, attempts: 0, updatedAt: 1 } } }));
		await mount(board);
		expect(screen.queryByText('Catatan lama')).toBeNull();
		expect(JSON.parse(localStorage.getItem('paradiplomasi:backups:v1')!)[0].raw).toBe(JSON.stringify({ 'b-board': notes }));
	});

	it('brainstorm: a note is text, never HTML; it can be edited, moved and deleted', async () => {
		const { container } = await mount(board);
		const input = screen.getByLabelText('Catatan baru untuk kolom Ide');
		fireEvent.input(input, { target: { value: '<img src=x onerror=alert(1)>' } });
		fireEvent.submit(input.closest('form')!);
		await screen.findByText('<img src=x onerror=alert(1)>');
		expect(container.querySelector('img')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: labels['board.move'] }));
		fireEvent.click(screen.getByRole('button', { name: 'Ke Contoh' }));
		await waitFor(() => expect(within(screen.getByRole('region', { name: /Contoh/ })).getByText('<img src=x onerror=alert(1)>')).toBeTruthy());
		expect(JSON.parse(localStorage.getItem(KEY)!).items['b-board'].answer).toEqual({ notes: [{ id: 'n1', column: 'contoh', text: '<img src=x onerror=alert(1)>' }] });
		fireEvent.click(screen.getByRole('button', { name: labels['board.edit'] }));
		const editor = screen.getByLabelText(labels['board.editLabel']);
		fireEvent.input(editor, { target: { value: 'Catatan baru' } });
		fireEvent.keyDown(editor, { key: 'Enter' });
		await screen.findByText('Catatan baru');
		fireEvent.click(screen.getByRole('button', { name: labels['board.delete'] }));
		await screen.findByText(labels['board.deleted']);
		expect(container.querySelectorAll('.pd-ex-note')).toHaveLength(0);
	});

	it('worksheet: typing is saved after a pause and comes back', async () => {
		vi.useFakeTimers({ shouldAdvanceTime: true });
		await mount(worksheet);
		fireEvent.input(screen.getByLabelText(/Nama kegiatan/), { target: { value: '<b>tebal</b>' } });
		expect(localStorage.getItem(KEY)).toBeNull();
		vi.advanceTimersByTime(600);
		expect(JSON.parse(localStorage.getItem(KEY)!).items['w-sheet'].answer).toEqual({ nama: '<b>tebal</b>' });
		vi.useRealTimers();
		cleanup();
		await mount(worksheet);
		expect((screen.getByLabelText(/Nama kegiatan/) as HTMLInputElement).value).toBe('<b>tebal</b>');
		expect(document.querySelector('.pd-exercise b, b')).toBeNull();
	});

	it('worksheet: changes to two fields before the next render both count (e.g. autofill)', async () => {
		await mount(worksheet);
		const row = screen.getByRole('group', { name: 'Baris 1' });
		const set = (field: HTMLInputElement | HTMLSelectElement, value: string, type: 'input' | 'change') => {
			field.value = value;
			field.dispatchEvent(new Event(type, { bubbles: true }));
		};
		act(() => {
			set(within(row).getByLabelText('Aktor') as HTMLInputElement, 'Kementerian Luar Negeri', 'input');
			set(within(row).getByLabelText('Letak') as HTMLSelectElement, 'Dalam negeri', 'change');
			set(screen.getByLabelText(/Nama kegiatan/) as HTMLInputElement, 'Sister city', 'input');
		});
		const saved = { nama: 'Sister city', aktor: [{ nama: 'Kementerian Luar Negeri', letak: 'Dalam negeri' }, {}] };
		await waitFor(() => expect(JSON.parse(localStorage.getItem(KEY)!).items['w-sheet'].answer).toEqual(saved));
		expect((within(row).getByLabelText('Aktor') as HTMLInputElement).value).toBe('Kementerian Luar Negeri');
		expect((screen.getByLabelText(/Nama kegiatan/) as HTMLInputElement).value).toBe('Sister city');
	});
});
