// Checks the built site itself (no browser needed): every internal link of every page leads to a
// page that exists and, where it names an anchor, to an element with that id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const html = new Map(builtPages().map((p) => [p, readFileSync(join('dist', p, 'index.html'), 'utf8')]));
const ids = new Map([...html].map(([p, text]) => [p, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

test('every internal link in the built site resolves, anchors included', () => {
	const broken: string[] = [];
	for (const [page, text] of html) {
		for (const [, href] of text.matchAll(/<a\s[^>]*href="(\/[^"]*)"/g)) {
			const url = new URL(href!.replace(/&amp;/g, '&'), 'http://x');
			if (/\.(xml|svg|png|json|webmanifest|pdf|csv)$/.test(url.pathname)) continue;
			const target = url.pathname;
			if (!html.has(target)) {
				broken.push(`${page} → ${href} (no page)`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && anchor !== '_top' && !ids.get(target)!.has(anchor)) broken.push(`${page} → ${href} (no #${anchor})`);
		}
	}
	expect(broken).toEqual([]);
});
