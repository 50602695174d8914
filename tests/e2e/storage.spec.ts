// Saved progress under storage faults: full storage, a corrupt record, two tabs at once.
import { expect, test, type Page } from '@playwright/test';

const KEY = 'paradiplomasi:lessons:v1';

async function markDone(page: Page, path: string) {
	await page.goto(path);
	const button = page.getByRole('button', { name: 'Tandai selesai' });
	await button.scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await button.click();
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
}

test('with storage full, what was saved before is kept and the learner is told', async ({ page }) => {
	await markDone(page, '/pengantar/tentang-modul/');
	const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
	// Fill the rest of the quota with another site's data, as a browser near its limit would be.
	await page.evaluate(() => {
		const chunk = 'x'.repeat(256 * 1024);
		for (let i = 0; ; i++) {
			try {
				localStorage.setItem(`lain:${i}`, chunk);
			} catch {
				for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2))
					try {
						localStorage.setItem(`lain:sisa:${size}`, 'x'.repeat(size));
					} catch {
						// try a smaller piece
					}
				return;
			}
		}
	});
	await markDone(page, '/pengantar/pendahuluan/');
	await expect(page.locator('[data-storage-notice]')).toContainText('Penyimpanan browser penuh');
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
	// The mark just made is still shown on this page.
	await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeVisible();
});

test('a corrupt saved record is kept as a backup, and the learner is told', async ({ page }) => {
	await page.goto('/');
	await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"items":{"pengantar/tentang-modul":{"doneAt":'), KEY);
	await page.goto('/pengantar/tentang-modul/');
	await expect(page.locator('[data-storage-notice]')).toContainText('tidak dapat dibaca');
	const backups = await page.evaluate(() => JSON.parse(localStorage.getItem('paradiplomasi:backups:v1') ?? '[]'));
	expect(backups).toHaveLength(1);
	expect(backups[0].raw).toContain('"doneAt":');
});

test('two tabs marking different lessons both keep their marks', async ({ context }) => {
	const one = await context.newPage();
	const two = await context.newPage();
	await one.goto('/sub-modul-1/');
	await two.goto('/sub-modul-2/');
	const first = await one.locator('.pd-lesson-list a').first().getAttribute('href');
	const second = await two.locator('.pd-lesson-list a').first().getAttribute('href');
	await markDone(one, first!);
	await markDone(two, second!);
	// The first tab marks one more lesson without reloading: it must not overwrite the second tab's mark.
	const third = await one.locator('a[rel="next"]').getAttribute('href');
	await markDone(one, third!);
	const saved = await one.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key)!).items), KEY);
	for (const href of [first, second, third]) {
		const id = href!.replace(/^\/|\/$/g, '');
		expect(saved).toContain(id);
		expect(await one.evaluate(([key, id]) => JSON.parse(localStorage.getItem(key)!).items[id].doneAt > 0, [KEY, id] as const)).toBe(true);
	}
});
