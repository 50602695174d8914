// Untrusted text: on every page whose HTML has a text field, type a script-bearing payload into
// each field, submit it the ways a user would (Enter, then any save/add button is left to the
// page's own handlers), reload, and check that the payload never became markup or ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=window.__pwned=1>`;
const pages = builtPages().filter((path) => /<textarea|<input(?![^>]*type="(checkbox|radio|range|file|hidden|number|time|date|button|submit)")/.test(readFileSync(join('dist', path, 'index.html'), 'utf8')));

test.describe('typed text stays text', () => {
	for (const path of pages)
		test(`fields on ${path}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', async (d) => {
				dialogs.push(d.message());
				await d.dismiss();
			});
			await page.goto(path);
			// Bring client:visible islands to life before typing.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 500) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 30));
				}
			});
			await page.waitForLoadState('networkidle');
			const fields = page.locator('main textarea:visible, main input:visible:not([type]), main input:visible[type="text"], main input:visible[type="search"]');
			const count = await fields.count();
			for (let i = 0; i < count; i++) {
				const field = fields.nth(i);
				if (!(await field.isEditable())) continue;
				await field.fill(PAYLOAD);
				if ((await field.evaluate((el) => el.tagName)) === 'INPUT') await field.press('Enter').catch(() => {});
			}
			await page.waitForTimeout(300);
			const check = async () => {
				expect(await page.locator('img[src="x"], main svg[onload]').count()).toBe(0);
				expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			};
			await check();
			await page.reload();
			await page.waitForLoadState('networkidle');
			await check();
			expect(dialogs).toEqual([]);
		});
});
