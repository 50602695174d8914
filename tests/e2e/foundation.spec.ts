import { expect, test } from '@playwright/test';

test('the home page is in Indonesian and offers three ways in', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { name: 'Tiga cara memakai kursus' })).toBeVisible();
	for (const way of ['Belajar mandiri', 'Fasilitator lokakarya', 'Diskusi (proyeksi)'])
		await expect(page.getByText(way, { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
});

test('a lesson marked done stays done after a reload, in the sidebar and on the home page', async ({ page }) => {
	await page.goto('/pengantar/tentang-modul/');
	const button = page.getByRole('button', { name: 'Tandai selesai' });
	await button.scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await button.click();
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
	await page.getByRole('button', { name: /tanda selesai/ }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
	await expect(page.locator('#starlight__sidebar a[aria-current="page"] .pd-done')).toHaveCount(1);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: /^1 dari \d+ pelajaran selesai$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Lanjutkan belajar' })).toBeVisible();
});

test('"Lanjutkan belajar" returns to the lesson the learner left', async ({ page }) => {
	await page.goto('/sub-modul-2/');
	const lesson = page.locator('.pd-lesson-list a').first();
	const href = await lesson.getAttribute('href');
	await lesson.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	const id = href!.replace(/^\/|\/$/g, '');
	await page.waitForFunction((key) => localStorage.getItem('paradiplomasi:lessons:v1')?.includes(key), id);
	await page.goto('/');
	await page.getByRole('link', { name: 'Lanjutkan belajar' }).click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('search finds an Indonesian word and opens the result', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Cari' }).click();
	const input = page.locator('.pagefind-ui__search-input');
	await input.fill('protodiplomasi');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	await expect(page.locator('.pagefind-ui__message')).toContainText('hasil untuk protodiplomasi');
	await first.click();
	await expect(page.locator('main')).toContainText(/protodiplomasi/i);
});

test('with storage blocked the course still works and says progress will not be kept', async ({ page }) => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage'])
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/pengantar/tentang-modul/');
	await expect(page.locator('[data-storage-notice]')).toContainText('progres Anda tidak akan tersimpan');
	await page.getByRole('button', { name: 'Tandai selesai' }).scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByRole('button', { name: 'Tandai selesai' }).click();
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
	expect(errors).toEqual([]);
});
