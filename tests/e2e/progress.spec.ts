// The progress page: export, clear, import and find everything back; a foreign file refused with
// nothing changed; a corrupt record kept as a backup and offered for download; the completion
// record printed to one A4 page without navigation, with the typed name as text.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LESSONS = 'paradiplomasi:lessons:v1';
const XSS = '<img src=x onerror=alert(1)>';

/** Scrolls every island into view (they load when visible) and waits until all have loaded. */
async function hydrated(page: Page) {
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

async function markDone(page: Page, path: string) {
	await page.goto(path);
	const button = page.getByRole('button', { name: 'Tandai selesai' });
	await button.scrollIntoViewIfNeeded();
	await hydrated(page);
	await button.click();
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
}

/** Everything the course saved, parsed, so that key order inside a record does not matter. */
async function saved(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.filter((k) => k.startsWith('paradiplomasi:'))
				.sort()
				.map((k) => [k, JSON.parse(localStorage.getItem(k)!)]),
		),
	);
}

async function openProgress(page: Page) {
	await page.goto('/progres/');
	await hydrated(page);
}

const summary = (page: Page) => page.locator('.pd-progress-totals');

test('export progress, clear storage, import the file, and find everything back', async ({ page }) => {
	await markDone(page, '/pengantar/tentang-modul/');
	await markDone(page, '/sub-modul-1/pengertian-diplomasi/');
	// An exercise result: the short answer on the history lesson (opening it records a visit: a third lesson item).
	await page.goto('/sub-modul-1/sejarah-dan-diplomasi-modern/');
	const exercise = page.locator('#sm1-istilah-diplomasi');
	await exercise.scrollIntoViewIfNeeded();
	await hydrated(page);
	await exercise.getByRole('textbox', { name: 'Nama tokoh' }).fill('Edmund Burke');
	await exercise.getByRole('button', { name: 'Periksa jawaban' }).click();
	await page.waitForFunction(() => localStorage.getItem('paradiplomasi:exercises:v1')?.includes('sm1-istilah-diplomasi'));

	await openProgress(page);
	await expect(summary(page)).toContainText(/^2 dari \d+ pelajaran selesai · 1 dari \d+ latihan selesai$/);
	await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Siti Aminah');
	await page.getByRole('textbox', { name: 'Instansi' }).fill('Bappeda Provinsi NTB');
	await expect(page.locator('.pd-record-name')).toHaveText('Siti Aminah');
	const before = await saved(page);
	expect(Object.keys(before)).toEqual(expect.arrayContaining([LESSONS, 'paradiplomasi:exercises:v1', 'paradiplomasi:learner:v1']));

	await page.getByRole('heading', { name: 'Simpan dan pindahkan progres' }).scrollIntoViewIfNeeded();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas progres' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^paradiplomasi-progres-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	const text = await readFile(file, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ format: 'paradiplomasi-progres', version: 1 });
	await expect(page.getByRole('status').filter({ hasText: 'sudah diunduh' })).toBeVisible();

	// Another browser, as far as the course can tell.
	await page.evaluate(() => localStorage.clear());
	await openProgress(page);
	await expect(summary(page)).toContainText(/^0 dari \d+ pelajaran selesai/);
	await expect(page.getByRole('textbox', { name: 'Nama', exact: true })).toHaveValue('');

	await page.getByLabel('Pilih berkas progres (.json)').setInputFiles(file);
	const status = page.locator('.pd-progress-transfer [role="status"]');
	await expect(status).toContainText('sudah dimuat');
	await expect(status).toContainText('Ditambahkan: 3 tanda pelajaran, 1 hasil latihan, 1 identitas untuk catatan belajar.');
	await expect(summary(page)).toContainText(/^2 dari \d+ pelajaran selesai · 1 dari \d+ latihan selesai$/);
	await expect(page.getByRole('textbox', { name: 'Nama', exact: true })).toHaveValue('Siti Aminah');
	expect(await saved(page)).toEqual(before);

	// The same file again adds nothing.
	await page.getByLabel('Pilih berkas progres (.json)').setInputFiles(file);
	await expect(status).toContainText('tidak ada yang berubah');

	// And the lessons themselves show their marks again.
	await page.goto('/pengantar/tentang-modul/');
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
});

test("another app's file, or a tampered one, is refused with a message and nothing changes", async ({ page }) => {
	await markDone(page, '/pengantar/tentang-modul/');
	await openProgress(page);
	await page.getByRole('heading', { name: 'Simpan dan pindahkan progres' }).scrollIntoViewIfNeeded();
	const before = await saved(page);
	const input = page.getByLabel('Pilih berkas progres (.json)');
	const alert = page.locator('.pd-progress-transfer [role="alert"]');

	await input.setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"aplikasi-lain","version":"1.0.0"}') });
	await expect(alert).toContainText('bukan berkas progres kursus Paradiplomasi');
	await expect(alert).toContainText('progres di perangkat ini tidak berubah');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas progres' }).click()]);
	const tampered = (await readFile(await download.path(), 'utf8')).replace(/"doneAt": \d+/, '"doneAt": 1');
	await input.setInputFiles({ name: 'progres.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
	await expect(alert).toContainText('pemeriksaan tidak cocok');

	await input.setInputFiles({ name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]) });
	await expect(alert).toContainText('bukan berkas JSON yang sah');

	expect(await saved(page)).toEqual(before);
	await expect(summary(page)).toContainText(/^1 dari \d+ pelajaran selesai/);
});

test('a corrupt saved record is kept as a backup and offered for download, then deleted', async ({ page }) => {
	await page.goto('/');
	await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"items":{"pengantar/tentang-modul":{"doneAt":'), LESSONS);

	// Any page says so and links to the backup.
	await page.goto('/pengantar/tentang-modul/');
	const notice = page.locator('[data-storage-notice]');
	await expect(notice).toContainText('tidak dapat dibaca');
	await notice.getByRole('link', { name: 'Lihat dan unduh cadangannya' }).click();
	await expect(page).toHaveURL(/\/progres\/#cadangan-data-yang-tidak-terbaca$/);
	await hydrated(page);

	const backup = page.locator('.pd-progress-backups li');
	await expect(backup).toHaveCount(1);
	await expect(backup).toContainText('Cadangan tanda pelajaran');
	await expect(backup).toContainText(LESSONS);
	const remove = backup.getByRole('button', { name: 'Hapus cadangan' });
	await expect(remove).toBeDisabled();
	const [download] = await Promise.all([page.waitForEvent('download'), backup.getByRole('button', { name: 'Unduh cadangan' }).click()]);
	const kept = JSON.parse(await readFile(await download.path(), 'utf8'));
	expect(kept).toMatchObject({ format: 'paradiplomasi-cadangan', key: LESSONS, raw: '{"v":1,"items":{"pengantar/tentang-modul":{"doneAt":' });

	await remove.click();
	await expect(page.locator('.pd-progress-backups')).toContainText('Tidak ada data tersimpan yang gagal dibaca');
	await page.reload();
	await hydrated(page);
	await expect(page.locator('.pd-progress-backups')).toContainText('Tidak ada data tersimpan yang gagal dibaca');
	await expect(page.locator('[data-storage-notice]')).toBeHidden();
});

test('the completion record prints on one A4 page, without navigation, with the typed name as text', async ({ page }) => {
	const alerts: string[] = [];
	page.on('dialog', (dialog) => {
		alerts.push(dialog.message());
		void dialog.dismiss();
	});
	await markDone(page, '/pengantar/tentang-modul/');
	await openProgress(page);
	await page.getByRole('textbox', { name: 'Nama', exact: true }).fill(XSS);
	await page.getByRole('textbox', { name: 'NIP (tidak wajib)' }).fill('198001012005012001');
	await page.getByRole('textbox', { name: 'Instansi' }).fill('<b>Bappeda</b> "NTB"');
	const sheet = page.locator('.pd-record-sheet');
	await expect(sheet.locator('.pd-record-name')).toHaveText(XSS);
	await expect(sheet).toContainText('<b>Bappeda</b> "NTB"');
	await expect(sheet).toContainText('Modul Paradiplomasi I — Peran Internasional Pemerintahan Daerah: Tata Kelola, Negosiasi, dan Diplomasi');
	await expect(sheet).toContainText('Bappenas–BINUS–Dikti, Desember 2023');
	await expect(sheet).toContainText('450 menit');
	await expect(sheet).toContainText('bukan sertifikat resmi');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(sheet.locator('img, b')).toHaveCount(0);

	// The name survives a reload, still as text.
	await openProgress(page);
	await expect(page.locator('.pd-record-name')).toHaveText(XSS);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.pd-record-sheet')).toBeVisible();
	for (const selector of ['header.header', 'nav.sidebar', '.right-sidebar-container', 'mobile-starlight-toc', '.pd-record-form', '.pd-progress-page', 'footer', 'h1'])
		for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
	expect(pages).toHaveLength(1);
	expect(alerts).toEqual([]);
});

test('the progress page works at 360 px: nothing wider than the screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await markDone(page, '/pengantar/tentang-modul/');
	await openProgress(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.getByRole('button', { name: 'Unduh berkas progres' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Siti Aminah binti Abdurrahman Wahid Hasyim');
	const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(wide).toBeLessThanOrEqual(0);
});

test('no axe violations with progress, a backup and messages on show, light at 1280 and dark at 360', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => {
		const now = Date.now();
		const attempt = (score: number, at: number) => ({ startedAt: at - 60_000, finishedAt: at, seed: 1, itemIds: [], answers: {}, score, max: 20 });
		localStorage.setItem('paradiplomasi:lessons:v1', JSON.stringify({ v: 1, items: { 'pengantar/tentang-modul': { visitedAt: now, doneAt: now, updatedAt: now } } }));
		localStorage.setItem('paradiplomasi:quizzes:v1', JSON.stringify({ v: 1, items: { 'pre-test': { attempts: [attempt(8, now - 9e8)], updatedAt: now - 9e8 }, 'post-test': { attempts: [attempt(17, now)], updatedAt: now }, 'sub-modul-1': { attempts: [attempt(15, now)], updatedAt: now } } }));
		localStorage.setItem('paradiplomasi:learner:v1', JSON.stringify({ v: 1, items: { peserta: { name: 'Siti Aminah', nip: '', agency: 'Bappeda', updatedAt: now } } }));
		localStorage.setItem('paradiplomasi:roleplay:v1', 'rusak');
	});
	for (const view of [
		{ theme: 'light', width: 1280, height: 800 },
		{ theme: 'dark', width: 360, height: 740 },
	] as const) {
		await page.setViewportSize({ width: view.width, height: view.height });
		await page.emulateMedia({ colorScheme: view.theme });
		await page.evaluate((theme) => localStorage.setItem('starlight-theme', theme), view.theme);
		await openProgress(page);
		await expect(page.locator('.pd-progress-backups li')).toHaveCount(1);
		await page.getByLabel('Pilih berkas progres (.json)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
		await expect(page.locator('.pd-progress-transfer [role="alert"]')).toContainText('bukan berkas progres');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas progres' }).click()]);
		await page.getByLabel('Pilih berkas progres (.json)').setInputFiles(await download.path());
		await expect(page.locator('.pd-progress-transfer [role="status"]')).toContainText('tidak ada yang berubah');
		const after = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(after.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});
