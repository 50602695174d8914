// Every built page: zero axe violations, no script blocked by the content security policy, and no
// request to any other origin.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test.describe('every page: accessible, within its security policy, and self-contained', () => {
	for (const path of pages) {
		test(`page ${path}`, async ({ page, baseURL }) => {
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
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect([...violations, ...problems]).toEqual([]);
		});
	}
});
