// Every built page, in the light theme at 1280 px and in the dark theme at 360 px: zero axe
// violations, no script blocked by the content security policy, and no request to any other origin.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
// The header, sidebar and footer are the same template on every page: scanning them in full on
// every tenth page (and on the home page) covers them; every other page scans its own content.
const fullScan = (path: string) => path === '/' || pages.indexOf(path) % 10 === 0;
const views = [
	{ name: 'light 1280', theme: 'light', width: 1280, height: 800 },
	{ name: 'dark 360', theme: 'dark', width: 360, height: 740 },
] as const;

test.describe('every page: accessible, within its security policy, and self-contained', () => {
	for (const path of pages)
		for (const view of views)
		test(`${view.name} ${path}`, async ({ page, baseURL }) => {
			await page.setViewportSize({ width: view.width, height: view.height });
			await page.emulateMedia({ colorScheme: view.theme });
			await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), view.theme);
			const problems: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
			});
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== new URL(baseURL!).origin) problems.push(`request to ${url}`);
			});
			page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
			await page.goto(path);
			const builder = new AxeBuilder({ page });
			if (!fullScan(path)) builder.include('main');
			const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(await page.locator('html').getAttribute('data-theme')).toBe(view.theme);
			expect([...violations, ...problems]).toEqual([]);
		});
});
