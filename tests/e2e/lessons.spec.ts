// Lessons read well on a 360 px phone and on a 1280×720 projector, and search finds the module's
// distinctive terms.
import { expect, test } from '@playwright/test';

const lessons = [
	'/pengantar/matriks-kurikulum/',
	'/sub-modul-1/sejarah-dan-diplomasi-modern/',
	'/sub-modul-2/soft-power-dan-hard-power/',
	'/sub-modul-3/model-bali/',
	'/sub-modul-4/siklus-proyek-enam-tahap/',
	'/sub-modul-5/lima-tahap-negosiasi/',
];
const sizes = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'projector', width: 1280, height: 720 },
];

for (const size of sizes)
	test(`lessons fit a ${size.width} px screen without sideways scrolling`, async ({ page }, info) => {
		await page.setViewportSize({ width: size.width, height: size.height });
		for (const path of lessons) {
			await page.goto(path);
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
			}));
			expect(scroll, `${path} at ${size.width} px`).toBeLessThanOrEqual(client);
			await page.screenshot({ path: info.outputPath(`${size.name}${path.replace(/\//g, '_')}.png`), fullPage: false });
		}
	});

for (const word of ['Endek', 'SIJORI', 'Rotterdam', 'appraisal', 'protodiplomasi'])
	test(`search finds "${word}"`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Cari' }).click();
		await page.locator('.pagefind-ui__search-input').fill(word);
		const first = page.locator('.pagefind-ui__result-link').first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(page.locator('main')).toContainText(new RegExp(word, 'i'));
	});
