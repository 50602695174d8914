// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenarios } from '../../src/data/roleplay';
import { encodeResult } from '../../src/engine/roleplay/result-code';
import { publicView, sideView } from '../../src/engine/roleplay/views';

const strings = JSON.parse(readFileSync('content/i18n/id.json', 'utf8')) as Record<string, string>;
const labels = Object.fromEntries(
	Object.entries(strings)
		.filter(([k]) => k.startsWith('paradiplomasi.roleplay.'))
		.map(([k, v]) => [k.slice('paradiplomasi.roleplay.'.length), v]),
) as any;
const scenarios = loadScenarios();

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the group result page', () => {
	async function mount() {
		vi.resetModules();
		const { default: Entry } = await import('../../src/islands/roleplay/RoleplayResultEntry');
		return render(<Entry scenarios={scenarios.map(publicView)} labels={labels} />);
	}

	it('says what is missing, then shows the code of a group that did not sign', async () => {
		await mount();
		fireEvent.click(screen.getByRole('button', { name: 'Buat kode hasil' }));
		expect((await screen.findByRole('alert')).textContent).toBe('Pilih isu yang dirundingkan.');
		fireEvent.click(screen.getByRole('radio', { name: /^Investasi asing/ }));
		fireEvent.input(screen.getByLabelText('Nomor kelompok (lihat kartu meja)'), { target: { value: '7' } });
		fireEvent.click(screen.getByRole('radio', { name: 'Tidak' }));
		fireEvent.click(await screen.findByRole('radio', { name: 'Tidak sepakat pada satu butir' }));
		fireEvent.click(screen.getByRole('button', { name: 'Buat kode hasil' }));
		expect((await screen.findByRole('alert')).textContent).toBe('Pilih butir yang tidak disepakati.');
		fireEvent.change(screen.getByLabelText('Butir yang tidak disepakati'), { target: { value: '4' } });
		fireEvent.click(screen.getByRole('button', { name: 'Buat kode hasil' }));
		const code = encodeResult({ scenario: 3, group: 7, signed: false, reason: 'butir-macet', item: 4 });
		expect((await screen.findByText(/^[0-9A-Z]{4}-/)).textContent!.replace(/-/g, '')).toBe(code);
		expect(screen.getByRole('img', { name: 'Kode QR berisi kode hasil kelompok' })).toBeTruthy();
	});

	it('shows no points', async () => {
		const { container } = await mount();
		fireEvent.click(screen.getByRole('radio', { name: /^Kerja sama pembangunan/ }));
		fireEvent.click(screen.getByRole('radio', { name: 'Ya, ditandatangani' }));
		await screen.findByText('Pilihan yang disepakati');
		expect(container.textContent).not.toMatch(/poin/i);
	});
});

describe('a confidential sheet', () => {
	it('carries only its own side\'s points', async () => {
		const { default: Sheet } = await import('../../src/islands/roleplay/SideSheetView');
		const s = scenarios[0]!;
		const { container } = render(<Sheet view={sideView(s, 'marvel')} labels={labels} />);
		const points = [...container.querySelectorAll('.rp-num')].map((td) => Number(td.textContent));
		expect(points).toEqual(s.items.flatMap((i) => i.options.map((o) => o.marvel)));
		expect(container.textContent).toContain(s.sides.marvel.mandate);
		expect(container.textContent).not.toContain(s.sides.batman.mandate);
		expect(container.textContent).not.toContain(s.sides.batman.batna.text);
	});
});
