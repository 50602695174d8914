import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Local times are those of a workshop in Jakarta, whatever the machine's time zone.
test.use({ timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
const at = (clock: string) => new Date(`2026-11-20T${clock}:00+07:00`);

const LESSON = '/sub-modul-1/pengertian-diplomasi/';
const PROJECTOR = `/proyeksi${LESSON}`;

async function hydrated(page: Page) {
	await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
}

async function axe(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const counter = (page: Page) => page.locator('[data-counter]');
const slideNumber = async (page: Page) => Number(/Slide (\d+)/.exec((await counter(page).textContent()) ?? '')?.[1]);

test.describe('run sheet', () => {
	test('started at 08:00, it shows the right step as the clock moves, warns of an overrun and re-times the day', async ({
		page,
	}) => {
		// The fake clock also runs on by itself while the test works: countdowns allow a few seconds.
		await page.clock.install({ time: at('07:50') });
		await page.goto('/fasilitator/agenda/');
		await hydrated(page);
		const now = page.locator('.pd-runsheet-now');
		await expect(now).toContainText('Lokakarya dimulai pukul 08.00.');
		await page.getByLabel('Jam mulai').fill('08:00');

		// 09.10: 15 + 10 + 10 + 30 minutes after 08.00 is step 5 of session 1 (09.05–09.20).
		await page.clock.fastForward('01:20:00');
		await expect(now).toContainText('Sesi 1, langkah 5 · Diskusi perbandingan');
		await expect(now).toContainText('Berikutnya: Sesi 1, langkah 6 · Kesimpulan sementara (09.20)');
		await expect(now.locator('[data-countdown]')).toHaveText(/^(10:00|9:[2-5]\d)$/);
		await expect(page.locator('tr.is-current')).toContainText('Diskusi perbandingan');

		// A tea break after session 1 moves session 2 by 15 minutes.
		await page.getByRole('button', { name: '+ Rehat teh' }).click();
		await expect(page.locator('tr[data-key="2.1"] .pd-runsheet-time')).toHaveText('09.45–10.10');

		// Held past its time, the step overruns: a warning, and the rest of the day moves.
		await page.getByRole('button', { name: 'Tahan langkah ini' }).click();
		await page.clock.fastForward('12:00');
		await expect(now).toContainText('“Diskusi perbandingan” melewati waktunya 2 menit.');
		await expect(now).toContainText('Agenda mundur 2 menit dari rencana; lokakarya selesai pukul 15.47.');
		await expect(now.locator('[data-countdown]')).toHaveText(/^−2:[0-3]\d$/);

		await page.getByRole('button', { name: 'Selesai, lanjut' }).click();
		await expect(now).toContainText('Sesi 1, langkah 6 · Kesimpulan sementara');
		await expect(page.locator('tr[data-key="1.5"]')).toContainText('+2 menit');

		// A reload, then a closed lid for half an hour: the day is read back from stored times.
		await page.reload();
		await hydrated(page);
		await expect(now).toContainText('Sesi 1, langkah 6 · Kesimpulan sementara');
		await page.clock.fastForward('30:00');
		await expect(now).toContainText('Sesi 2, langkah 1 · Identifikasi aktor, peran, dan kemampuan');
		expect(await axe(page)).toEqual([]);

		// The projector's timer (T) counts down the same step.
		await page.goto('/proyeksi/sub-modul-2/aktor-hubungan-internasional/');
		await page.keyboard.press('t');
		await expect(page.getByRole('timer')).toHaveText(/^Identifikasi aktor, peran, dan kemampuan · (20:00|19:[0-5]\d)$/);
	});
});

test.describe('projector view', () => {
	test('advances with the keys a clicker sends, shows an overview, blanks the screen, and goes back', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(PROJECTOR);
		await expect(page.getByRole('heading', { level: 1, name: 'Pengertian diplomasi' })).toBeVisible();
		await expect(counter(page)).toHaveText(/^Slide 1 dari \d+$/);
		const total = Number(/dari (\d+)/.exec((await counter(page).textContent())!)![1]);
		expect(total).toBeGreaterThan(5);

		for (const [key, expected] of [
			['ArrowRight', 2],
			[' ', 3],
			['PageDown', 4],
			['PageUp', 3],
			['ArrowLeft', 2],
			['End', total],
			['Home', 1],
		] as const) {
			await page.keyboard.press(key);
			await expect(counter(page)).toHaveText(`Slide ${expected} dari ${total}`);
		}
		const titleSlide = page.locator('[data-title-slide]');
		await expect(titleSlide).not.toHaveClass(/is-off/);
		await page.keyboard.press('End');
		await expect(page.getByRole('heading', { level: 2, name: 'Rangkuman' })).toBeVisible();
		// Off screen, but still the page's heading for a screen reader.
		await expect(titleSlide).toHaveClass(/is-off/);

		// Overview: every slide, the current one marked; arrows move, Enter jumps.
		await page.keyboard.press('o');
		const overview = page.getByRole('dialog', { name: 'Ikhtisar slide' });
		await expect(overview).toBeVisible();
		await expect(overview.getByRole('button')).toHaveCount(total);
		await expect(overview.locator('[aria-current="true"]')).toContainText('Rangkuman');
		expect(await axe(page)).toEqual([]);
		await overview.getByRole('button', { name: /Definisi dari dua kamus/ }).click();
		await expect(overview).toBeHidden();
		await expect(page.getByRole('heading', { level: 2, name: 'Definisi dari dua kamus' })).toBeVisible();

		// Blank screen, and back with any slide key, on the same slide.
		const before = await slideNumber(page);
		await page.keyboard.press('b');
		await expect(page.locator('[data-blank]')).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-blank]')).toBeHidden();
		expect(await slideNumber(page)).toBe(before);

		await page.keyboard.press('t');
		await expect(page.getByRole('timer')).toHaveText(/^Berjalan 0:0\d$/);

		const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe(false);

		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
		await expect(page.getByRole('link', { name: /Proyeksikan/ })).toHaveAttribute('href', PROJECTOR);
	});

	test('an exercise on a slide keeps its keys; PageDown still turns the slide', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(PROJECTOR);
		const exercise = page.locator('.pd-exercise').first();
		for (let i = 0; i < 10 && !(await exercise.isVisible()); i++) await page.keyboard.press('ArrowRight');
		await expect(exercise).toBeVisible();
		const slide = await slideNumber(page);
		await page.waitForFunction(() => !document.querySelector('.pd-exercise astro-island[ssr]'));
		const input = exercise.locator('input[type="text"]').first();
		await input.fill('Perundingan dagang');
		await input.press('ArrowLeft');
		await input.press('Enter');
		await expect(exercise).toContainText('Perundingan dagang');
		await input.focus();
		await page.keyboard.type('bot');
		await page.keyboard.press('ArrowRight');
		expect(await slideNumber(page)).toBe(slide);
		await expect(page.locator('[data-blank]')).toBeHidden();
		await page.keyboard.press('PageDown');
		await expect(counter(page)).toHaveText(new RegExp(`^Slide ${slide + 1} dari`));
	});

	test('the slide fills a 1920×1080 screen in the same proportions', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(PROJECTOR);
		const box = await page.locator('[data-stage]').boundingBox();
		expect(Math.round(box!.width)).toBe(1920);
		expect(Math.round(box!.height)).toBe(1080);
		const size = await page.locator('#pd-title').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
		// 2.3 rem of 28 px on a 1280×720 stage, scaled by 1.5: the title is about 97 px tall on screen.
		expect(size * 1.5).toBeGreaterThan(90);
	});
});

test.describe('presenter window', () => {
	for (const channel of ['BroadcastChannel', 'storage events'] as const) {
		test(`opened from the projector, it stays in step with it (${channel})`, async ({ context, page }) => {
			if (channel === 'storage events')
				await context.addInitScript(() => {
					// @ts-expect-error: the fallback path, as in a browser without BroadcastChannel.
					delete window.BroadcastChannel;
				});
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto(PROJECTOR);
			await page.keyboard.press('ArrowRight');
			const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
			await presenter.setViewportSize({ width: 1280, height: 800 });
			await expect(presenter).toHaveURL(/#penyaji$/);
			await expect(presenter.getByRole('heading', { name: 'Catatan fasilitator' })).toBeVisible();
			await expect(presenter.locator('.pd-notes').getByText('Curah pendapat tentang diplomasi')).toBeVisible();
			await expect(presenter.locator('[data-link-status]')).toHaveText('Terhubung dengan jendela proyeksi.');
			await expect(counter(presenter)).toHaveText(/^Slide 2 dari/);

			// The presenter drives the projector …
			await presenter.keyboard.press('ArrowRight');
			await expect(counter(page)).toHaveText(/^Slide 3 dari/);
			await presenter.keyboard.press('b');
			await expect(page.locator('[data-blank]')).toBeVisible();
			await presenter.keyboard.press('b');
			await expect(page.locator('[data-blank]')).toBeHidden();
			// … and follows it.
			await page.keyboard.press('End');
			await expect(counter(presenter)).toHaveText(
				await counter(page)
					.textContent()
					.then((t) => t!),
			);
			await expect(presenter.locator('[data-preview-end]')).toBeVisible();
			await page.keyboard.press('PageUp');
			await expect(presenter.locator('[data-preview]')).toContainText('Rangkuman');
			await expect(presenter.locator('[data-clock]')).toHaveText(/^\d\d\.\d\d\.\d\d$/);
			expect(await axe(presenter)).toEqual([]);
		});
	}
});

test.describe('print views', () => {
	const views = [
		{ path: '/fasilitator/agenda/', pages: 1 },
		...[1, 2, 3, 4, 5].map((n) => ({ path: `/fasilitator/bahan-cetak/sub-modul-${n}/`, pages: 2 })),
	];
	for (const view of views) {
		test(`${view.path} prints on ${view.pages} A4 page(s) without the site's navigation`, async ({ page }) => {
			await page.goto(view.path);
			if (view.path.includes('agenda')) {
				// A full day: three breaks as well as the 28 steps.
				await hydrated(page);
				for (const name of ['+ Rehat teh', '+ Makan siang', '+ Salat'])
					await page.getByRole('button', { name }).click();
				await expect(page.locator('tr.is-break')).toHaveCount(3);
			}
			await page.emulateMedia({ media: 'print' });
			for (const nav of ['.page > header', 'nav.sidebar', '.pagination-links', 'main h1#_top', '.pd-no-print >> nth=0'])
				await expect(page.locator(nav)).toBeHidden();
			await expect(page.locator('.pd-print-page')).toBeVisible();
			const pdf = await page.pdf({ format: 'A4' });
			const text = pdf.toString('latin1');
			expect(text.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(view.pages);
			// A4 is 210 × 297 mm, about 595 × 842 points.
			const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(text)!;
			expect(Math.round(Number(width))).toBeGreaterThanOrEqual(595);
			expect(Math.round(Number(width))).toBeLessThanOrEqual(596);
			expect(Math.round(Number(height))).toBeGreaterThanOrEqual(842);
			expect(Math.round(Number(height))).toBeLessThanOrEqual(843);
		});
	}
});

test('the hub links the run sheet, every projector view and the handouts, and keeps the checklist', async ({
	page,
}) => {
	await page.goto('/fasilitator/');
	await expect(page.getByRole('link', { name: 'Buka agenda lokakarya' })).toHaveAttribute(
		'href',
		'/fasilitator/agenda/',
	);
	await expect(page.locator('a[href^="/proyeksi/"]')).toHaveCount(await page.locator('.pd-hub details li').count());
	await expect(page.locator('a[href="/fasilitator/bahan-cetak/sub-modul-5/"]')).toBeVisible();
	const box = page.getByRole('checkbox').first();
	await box.scrollIntoViewIfNeeded();
	await hydrated(page);
	await box.check();
	await expect(page.getByText(/^1 dari \d+ siap$/)).toBeVisible();
	await page.reload();
	await page.getByRole('checkbox').first().scrollIntoViewIfNeeded();
	await hydrated(page);
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	expect(await axe(page)).toEqual([]);
});
