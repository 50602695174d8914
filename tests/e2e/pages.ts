/** Every page of the built site, as paths ("/", "/sub-modul-1/…/"), read from dist/. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export function builtPages(root = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string, path: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name.startsWith('_') || name === 'pagefind') continue;
				walk(full, `${path}${name}/`);
			} else if (name === 'index.html') pages.push(path);
		}
	};
	walk(root, '/');
	return pages.sort();
}

/**
 * Waits until every island that can load has hydrated (Astro removes an <astro-island>'s `ssr`
 * attribute once it has). A client:visible island loads only when one of its elements comes into
 * view, so each one still waiting is scrolled to first; an island whose elements are not rendered
 * at all (a projector slide not shown, a closed <details>) cannot load and is not waited for.
 * An exercise then loads the code for its type and swaps its reading view (`.pd-ex-static`) for
 * the live one: that is waited for too. Islands render again after mounting (saved state), so it
 * then waits for two animation frames in a row without a change to the DOM. The page is scrolled
 * back to the top.
 */
export async function hydrated(page: Page) {
	await page.evaluate(async () => {
		const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		// What is still to load, each as the element to scroll to: an island's first rendered
		// element, or an exercise's reading view.
		const waiting = () => [
			...[...document.querySelectorAll('astro-island[ssr]')].flatMap(
				(island) => [...island.children].find((child) => child.checkVisibility()) ?? [],
			),
			...[...document.querySelectorAll('astro-island:not([ssr]) .pd-ex-static')].filter((view) =>
				view.checkVisibility(),
			),
		];
		for (const el of waiting()) {
			el.scrollIntoView({ block: 'center' });
			await frames();
		}
		const deadline = Date.now() + 15_000;
		while (waiting().length) {
			if (Date.now() > deadline)
				throw new Error(
					`islands not hydrated: ${waiting()
						.map((el) => el.closest('[id]')?.id ?? el.closest('astro-island')?.getAttribute('component-url'))
						.join(', ')}`,
				);
			waiting()[0].scrollIntoView({ block: 'center' });
			await frames();
		}
		let changed = true;
		const observer = new MutationObserver(() => (changed = true));
		observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
		const settled = Date.now() + 2_000;
		for (let quiet = 0; quiet < 2 && Date.now() < settled;) {
			changed = false;
			await frames();
			quiet = changed ? 0 : quiet + 1;
		}
		observer.disconnect();
		window.scrollTo(0, 0);
	});
}
