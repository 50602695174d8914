import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generate } from 'lean-qr';
import { encodeResult } from '../../src/engine/roleplay/result-code';

const NAMES = ['Ani', 'Budi', 'Citra', 'Dedi', 'Eka', 'Fajar', 'Gita', 'Hadi', 'Intan', 'Joko', 'Kartika', 'Lukman'];

/**
 * Waits until every island has hydrated (Astro then drops the `ssr` attribute); one below the fold
 * hydrates once scrolled into view. The page itself finds and scrolls to the first island still
 * waiting, in one step: any island may hydrate on its own meanwhile (a reload restores the scroll
 * position), and a locator taken for it earlier would then wait, with no timeout, for an element
 * that no longer matches. Nothing here uses the page's timers, so a paused `page.clock` is no matter.
 */
async function hydrated(page: Page) {
	await expect(async () => {
		await page.evaluate(() => {
			const island = document.querySelector('astro-island[ssr]');
			(island?.firstElementChild ?? island)?.scrollIntoView({ block: 'nearest' });
		});
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 2000 });
	}).toPass({ timeout: 20_000 });
}

/** Axe on the page as it is now (the sweep in a11y.spec.ts sees these pages only empty). */
async function noAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Replaces the camera with a canvas showing the QR code of `text`. */
async function fakeCamera(page: Page, text: string) {
	const qr = generate(text);
	const bits = Array.from({ length: qr.size * qr.size }, (_, i) => (qr.get(i % qr.size, Math.floor(i / qr.size)) ? 1 : 0));
	await page.evaluate(
		({ size, bits }) => {
			const scale = 8;
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = (size + 8) * scale;
			const ctx = canvas.getContext('2d')!;
			const draw = () => {
				ctx.fillStyle = '#fff';
				ctx.fillRect(0, 0, canvas.width, canvas.height);
				ctx.fillStyle = '#000';
				bits.forEach((b, i) => b && ctx.fillRect(((i % size) + 4) * scale, (Math.floor(i / size) + 4) * scale, scale, scale));
			};
			draw();
			// A canvas stream only sends frames when the canvas is drawn.
			setInterval(draw, 100);
			const stream = canvas.captureStream(10);
			navigator.mediaDevices.getUserMedia = async () => stream;
		},
		{ size: qr.size, bits },
	);
}

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('the facilitator runs the role-play for 12 participants, from setup to the debrief', async ({ page }, info) => {
	// A whole session: printing twice, timers, seven codes, a camera, four accessibility checks.
	test.setTimeout(180_000);
	await page.clock.install({ time: new Date('2026-11-23T08:00:00+07:00') });
	await page.goto('/permainan-peran/');
	await hydrated(page);

	// Setup: 12 named participants in pairs, the three issues in turn.
	await page.getByLabel('Jumlah peserta').fill('12');
	await page.getByLabel('Nama peserta (boleh dikosongkan)').fill(NAMES.join('\n'));
	await page.getByRole('button', { name: 'Bentuk kelompok' }).click();
	await expect(page.getByText('12 peserta: 6 Marvel, 6 Batman, dalam 6 kelompok kecil.')).toBeVisible();
	const rows = page.getByRole('table', { name: 'Pembagian kelompok kecil' }).locator('tbody tr');
	await expect(rows).toHaveCount(6);
	for (const name of NAMES) await expect(page.getByRole('table', { name: 'Pembagian kelompok kecil' })).toContainText(name);
	await expect(page.getByLabel('Isu kelompok 2')).toHaveValue('perdagangan');
	await noAxeViolations(page);

	// Printed sheets: two pages per participant, one form per group, six cards a page.
	await page.goto('/permainan-peran/cetak/');
	await hydrated(page);
	await expect(page.getByRole('status').filter({ hasText: 'Jumlah: 32 halaman A4.' })).toBeVisible();
	await expect(page.locator('.rp-card')).toHaveCount(12);
	await expect(page.locator('.rp-card svg[role="img"]')).toHaveCount(12);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	expect(pdfPages(pdf)).toBe(32);
	await noAxeViolations(page);
	// Only cards, for a reprint: two pages.
	await page.getByLabel(/Lembar rahasia setiap peserta/).uncheck();
	await page.getByLabel(/Naskah kesepakatan/).uncheck();
	await expect(page.getByRole('status').filter({ hasText: 'Jumlah: 2 halaman A4.' })).toBeVisible();
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(2);

	// A participant's sheet on a phone shows only that side and links to no other sheet.
	await page.goto('/permainan-peran/lembar/pembangunan-marvel/');
	await expect(page.getByRole('heading', { name: 'Jadwal poin Anda' })).toBeVisible();
	await expect(page.locator('a[href*="/permainan-peran/lembar/"]')).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText('Badan Kerja Sama Pembangunan Nordavia (BKPN) (Batman');

	// Timers survive a reload, because they are computed from the stored start time.
	await page.goto('/permainan-peran/');
	await hydrated(page);
	// From here the clock stands still except when the test moves it, so the timers read exact values.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	const reading = page.getByRole('group', { name: 'Membaca lembar peran' });
	await expect(reading.getByRole('timer')).toHaveText('15:00');
	await expect(page.getByRole('group', { name: 'Negosiasi' }).getByRole('timer')).toHaveText('30:00');
	await reading.getByRole('button', { name: 'Mulai' }).click();
	// Half a second past the mark, so the display (refreshed every quarter second) shows it.
	await page.clock.runFor(5 * 60_000 + 500);
	await expect(reading.getByRole('timer')).toHaveText('10:00');
	await page.reload();
	await hydrated(page);
	// Preact runs effects after a frame, and frames wait for the paused clock.
	await page.clock.runFor(100);
	await expect(reading.getByRole('timer')).toHaveText('10:00');
	await page.clock.runFor(10 * 60_000 + 30_000);
	await expect(reading.getByRole('timer')).toHaveText('00:00');
	await expect(reading).toContainText('Waktu habis, lewat 00:30');
	await reading.getByRole('button', { name: 'Jeda' }).click();
	const negotiation = page.getByRole('group', { name: 'Negosiasi' });
	await negotiation.getByRole('button', { name: 'Mulai' }).click();
	await page.clock.runFor(29 * 60_000 + 500);
	await expect(negotiation.getByRole('timer')).toHaveText('01:00');
	await page.clock.resume();

	// Results: two groups use the group result page; the others' codes come from the same engine.
	const codes: string[] = [];
	await page.goto('/permainan-peran/hasil/?s=1&g=1');
	await hydrated(page);
	await expect(page.getByLabel('Nomor kelompok (lihat kartu meja)')).toHaveValue('1');
	await page.getByRole('radio', { name: 'Ya, ditandatangani' }).check();
	const choices = [0, 0, 2, 1, 1];
	for (const [i, option] of choices.entries()) await page.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) }).getByRole('radio').nth(option).check();
	await page.getByRole('button', { name: 'Buat kode hasil' }).click();
	await expect(page.getByRole('heading', { name: 'Kode hasil kelompok 1' })).toBeFocused();
	codes.push((await page.locator('.rp-big-code').textContent())!);
	expect(codes[0]!.replace(/-/g, '')).toBe(encodeResult({ scenario: 1, group: 1, signed: true, options: choices }));
	await expect(page.getByRole('img', { name: 'Kode QR berisi kode hasil kelompok' })).toBeVisible();

	await page.goto('/permainan-peran/hasil/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Buat kode hasil' }).click();
	await expect(page.getByRole('alert')).toHaveText('Pilih isu yang dirundingkan.');
	await page.getByRole('radio', { name: /^Perdagangan internasional/ }).check();
	await page.getByLabel('Nomor kelompok (lihat kartu meja)').fill('2');
	await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
	await page.getByRole('radio', { name: 'Waktu habis' }).check();
	await page.getByRole('button', { name: 'Buat kode hasil' }).click();
	codes.push((await page.locator('.rp-big-code').textContent())!);

	codes.push(
		encodeResult({ scenario: 3, group: 3, signed: true, options: [2, 1, 0, 0, 1, 1] }),
		encodeResult({ scenario: 1, group: 4, signed: true, options: [1, 1, 1, 1, 1] }),
		encodeResult({ scenario: 2, group: 5, signed: false, reason: 'butir-macet', item: 0 }),
		encodeResult({ scenario: 3, group: 6, signed: true, options: [0, 0, 0, 0, 0, 1] }),
	);

	await page.goto('/permainan-peran/');
	await hydrated(page);
	const input = page.getByLabel('Kode hasil kelompok');
	await input.fill('ABCD-EFGH-JK');
	await page.getByRole('button', { name: 'Tambahkan' }).click();
	await expect(page.getByText(/Kode tidak lolos pemeriksaan/)).toBeVisible();
	await expect(page.getByRole('heading', { name: '0 dari 6 kelompok sudah melapor' })).toBeVisible();
	for (const [i, code] of codes.slice(0, 5).entries()) {
		await input.fill(i % 2 === 0 ? code.toLowerCase() : code);
		await page.getByRole('button', { name: 'Tambahkan' }).click();
		await expect(page.getByText(new RegExp(`^Kelompok ${i + 1}: .*tercatat\\.`))).toBeVisible();
	}
	// The last group's code is read by the camera; the QR decoder loads only then.
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(r.url()));
	await fakeCamera(page, codes[5]!);
	expect(loaded.some((u) => /jsQR/i.test(u))).toBe(false);
	await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
	await expect(page.getByText('Kelompok 6: kesepakatan ditandatangani, tercatat.')).toBeVisible({ timeout: 15_000 });
	expect(loaded.some((u) => /jsQR/i.test(u))).toBe(true);
	await page.getByRole('button', { name: 'Tutup kamera' }).click();
	await expect(page.getByRole('heading', { name: '6 dari 6 kelompok sudah melapor' })).toBeVisible();
	await noAxeViolations(page);

	// The debrief counts what was entered.
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/permainan-peran/refleksi/');
	await hydrated(page);
	await expect(page.locator('.rp-stat-signed .rp-stat-n')).toHaveText('4');
	await expect(page.locator('.rp-stat-not .rp-stat-n')).toHaveText('2');
	await expect(page.locator('.rp-stat-missing')).toHaveCount(0);
	await expect(page.locator('.rp-reasons')).toContainText('1 Waktu habis');
	await expect(page.locator('.rp-reasons')).toContainText('1 Tidak sepakat pada satu butir');
	await expect(page.getByText('kelompok 5: Cakupan penggunaan motif')).toBeVisible();
	const table = page.getByRole('table', { name: 'Nilai setiap kelompok' });
	await expect(table.locator('tbody tr')).toHaveCount(6);
	await expect(table.locator('tbody tr').first()).toContainText('Ditandatangani');
	await expect(page.getByRole('img', { name: /Hasil kelompok dan batas efisien/ })).toHaveCount(3);
	await expect(page.getByText('Bagaimana perasaan Anda selama proses negosiasi?')).toBeVisible();
	await noAxeViolations(page);
	await page.screenshot({ path: info.outputPath('debrief-1280x720.png') });
	await page.screenshot({ path: info.outputPath('debrief-1280x720-full.png'), fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ekspor CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	const lines = csv.trim().split('\r\n');
	expect(lines).toHaveLength(7);
	expect(lines[0]).toContain('Kelompok,Isu,Marvel,Batman');
	expect(csv).toContain('Ani');
});

async function startSolo(page: Page, level: string) {
	await page.goto('/permainan-peran/latihan-mandiri/');
	await hydrated(page);
	await page.getByRole('radio', { name: /^Kerja sama pembangunan/ }).check();
	await page.getByRole('radio', { name: /^Marvel/ }).check();
	await page.getByRole('radio', { name: new RegExp(`^${level}`) }).check();
	await page.getByRole('button', { name: 'Mulai latihan' }).click();
	await page.getByRole('radio', { name: 'Lokasi program' }).check();
	await page.getByLabel('Berapa nilai batas Anda, dalam poin?').fill('50');
	await page.getByRole('button', { name: 'Lanjut ke pembukaan' }).click();
	for (const move of ['Memperkenalkan diri dan delegasi', 'Menyampaikan tujuan perundingan', 'Mengusulkan bahasa yang dipakai', 'Menyepakati batas waktu', 'Menyepakati cara mengambil keputusan'])
		await page.getByRole('checkbox', { name: move }).check();
	await page.getByRole('button', { name: 'Buka perundingan' }).click();
	await expect(page.getByRole('heading', { name: 'Tahap 3 dan 4: Posisi dan pembahasan' })).toBeVisible();
}

async function offer(page: Page, options: number[]) {
	for (const [i, option] of options.entries()) await page.locator('.rp-offer fieldset').nth(i).getByRole('radio').nth(option).check();
	await page.getByRole('button', { name: 'Ajukan tawaran' }).click();
}

test('a solo game against the cooperative counterpart ends in an agreement, saved in progress', async ({ page }) => {
	await startSolo(page, 'Kooperatif');
	await page.getByRole('button', { name: 'Tanyakan kepentingan mitra' }).click();
	await expect(page.locator('.rp-log')).toContainText('sangat penting');
	// An option outside Marvel's mandate is refused with a reason.
	await offer(page, [0, 0, 2, 3, 0]);
	await expect(page.getByRole('alert')).toContainText('Anda tidak punya mandat');
	await offer(page, [0, 0, 2, 0, 2]);
	await expect(page.getByRole('heading', { name: 'Tawaran balasan mitra' })).toBeVisible();
	await noAxeViolations(page);
	await page.getByRole('button', { name: 'Terima tawaran mitra dan tanda tangani' }).click();
	await expect(page.getByRole('heading', { name: 'Kesepakatan ditandatangani' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tahap 1: Persiapan' })).toBeVisible();
	await expect(page.getByText('Anda tahu butir terpenting dan nilai batas pihak Anda sebelum berunding.')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Hasil Anda dan batas efisien' })).toBeVisible();
	await noAxeViolations(page);
	await page.waitForFunction(() => localStorage.getItem('paradiplomasi:roleplay:v1')?.includes('"outcome":"deal"'));
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'Kesepakatan ditandatangani' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Latihan Anda yang tersimpan' })).toBeVisible();
	const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('paradiplomasi:roleplay:v1')!));
	expect(saved.items.pembangunan.attempts).toHaveLength(1);
});

test('a solo game against the tough counterpart ends when it walks away', async ({ page }) => {
	await startSolo(page, 'Keras');
	for (let i = 0; i < 3; i++) await offer(page, [0, 2, 2, 0, 2]);
	await expect(page.getByRole('heading', { name: 'Mitra meninggalkan perundingan' })).toBeVisible();
	await expect(page.getByText(/Mitra pergi karena tawaran Anda tidak bergerak/)).toBeVisible();
	await expect(page.locator('.rp-stat-n').first()).toHaveText('35');
});
