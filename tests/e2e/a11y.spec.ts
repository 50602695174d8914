// Every built page in both themes and at both widths: zero axe violations, no script blocked by the
// content security policy, and no request to any other origin. Each page is scanned twice, once
// light and once dark, once at 1280 px and once at 360 px; which theme goes with which width
// alternates from page to page, so every pairing (light 1280, dark 360, light 360, dark 1280) is
// scanned on half the pages, over every kind of page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
// The header, sidebar and footer are the same template on every page: scanning them in full on
// every seventh page (odd and even, so in all four pairings) and on the home page covers them;
// every other page scans its own content.
const fullScan = (path: string) => path === '/' || pages.indexOf(path) % 7 === 0;
const wide = { width: 1280, height: 800 };
const narrow = { width: 360, height: 740 };
const viewsOf = (index: number) =>
	index % 2 === 0
		? [{ name: 'light 1280', theme: 'light' as const, ...wide }, { name: 'dark 360', theme: 'dark' as const, ...narrow }]
		: [{ name: 'light 360', theme: 'light' as const, ...narrow }, { name: 'dark 1280', theme: 'dark' as const, ...wide }];

// The largest spec by far: its pages are shared between both workers instead of queuing on one.
test.describe.configure({ mode: 'parallel' });

test.describe('every page: accessible, within its security policy, and self-contained', () => {
	for (const [index, path] of pages.entries())
		for (const view of viewsOf(index))
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
