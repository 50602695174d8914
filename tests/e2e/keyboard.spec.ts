// Every built page by keyboard alone (WCAG 2.1.1 keyboard, 2.1.2 no trap, 2.4.7 focus visible,
// 2.4.11 focus not obscured, 1.4.11 contrast of the focus ring): at 1280×800 with the desktop
// sidebar; the home page and a lesson again at 360 px in the dark theme with the mobile menu; one
// projector deck slide by slide; the search dialog with results.
//
// What Tab must reach. Once the islands have hydrated (`hydrated()` in pages.ts), the page lists
// its interactive elements (a[href], area[href], button, input, select, textarea, summary, iframe,
// [tabindex], [contenteditable]) that are enabled and rendered. Left out, as legitimately outside
// the tab order: disabled controls; whatever `checkVisibility()` finds not rendered (display: none,
// visibility: hidden, the body of a closed <details>, a closed <dialog> or popover such as the
// mobile sidebar, the slides of a deck not shown); anything under [inert] or behind an open modal
// dialog; a summary other than its <details>' first. A negative tabindex is allowed only inside a
// composite widget (radiogroup, listbox, tablist, toolbar, menu, grid, tree), a positive one never.
// Radio buttons sharing a name count as one stop (Tab reaches the group, arrows move within it).
//
// The walk. Tab is pressed (real key events, in batches of ten) from the top of the page until the
// focus comes back round, at most elements × 1.5 + 20 times; every listed element must be reached,
// and eight presses in a row without the focus moving count as a trap (a date field has up to four
// parts). The header and sidebar are one template: they are walked in full on the home page, the
// first page of each section and every tenth page; the other pages press Tab once (the skip link
// must come first), Enter on it, and walk from the content.
//
// Focus visible. Each stop, listed or not (Chromium also stops on scroll containers), is judged in
// its focusin event, when Chromium has already matched :focus-visible and scrolled it into view:
//   - an outline: style not none, at least 2 CSS px wide (the course's `:focus-visible` rule
//     draws 3 px), of a colour with at least 3:1 contrast against what it is drawn on (the parent's
//     composited background for an outer ring, the element's own for an inset one), and not cut
//     off entirely by an ancestor's overflow; or else
//   - a box-shadow, border, background, text colour or underline that differs from the same
//     element's computed style at rest (read before the walk, with nothing focused);
//   - a visually hidden control (1 px or less) is judged by its label instead;
//   - and the element is on screen and not wholly covered (elementFromPoint at five points), such
//     as by the fixed header.
// Computed styles rather than screenshots: a few style reads per stop cost about a millisecond,
// and the reason given ("outline only 1px", "contrast 1.8:1", "covered by header") says what to
// fix. Transitions, animations and smooth scrolling are switched off for the walk. The first test
// runs the walk over a page made of known faults, so a check that stops working fails too.
//
// Usable: "Tandai selesai" toggles with Enter and with Space and keeps the focus; the search
// dialog opens with Enter, takes the focus, its results are reached by Tab and Escape gives the
// focus back; the mobile menu opens with Enter and its links are then reached. The exercise, quiz,
// role-play and facilitator specs drive those islands and the projector keys in full.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, hydrated } from './pages';

test.use({ serviceWorkers: 'block' });
// 140-odd short tests: let both workers take them rather than one worker the whole file.
test.describe.configure({ mode: 'parallel' });

interface Report {
	candidates: number;
	stops: number;
	problems: string[];
	missing: string[];
}
interface Walker {
	collect(start: string | null): number;
	record(): void;
	state(): 'tabbing' | 'ended' | 'trapped';
	report(): Report;
}
declare global {
	interface Window {
		__pdKeyboard: Walker;
	}
}

/**
 * Installs `window.__pdKeyboard` in the page. `collect(start)` lists the elements Tab must reach
 * (only those after `start`, when given) and notes their styles at rest; `record()` starts
 * listening; `state()` says whether the walk is over; `report()` gives the verdict.
 *
 * Each stop is judged in its focusin event (Chromium has matched :focus-visible by then), so
 * Tab can be pressed in batches without a round trip per stop.
 */
function install() {
	const COMPOSITE =
		'[role=radiogroup],[role=listbox],[role=tablist],[role=toolbar],[role=menu],[role=menubar],[role=grid],[role=tree],[role=treegrid]';
	const SELECTOR =
		'a[href],area[href],button,input:not([type=hidden]),select,textarea,summary,iframe,[tabindex],[contenteditable]:not([contenteditable=false])';
	const PROPS = [
		'boxShadow',
		'borderTopColor',
		'borderRightColor',
		'borderBottomColor',
		'borderLeftColor',
		'borderTopWidth',
		'borderBottomWidth',
		'backgroundColor',
		'color',
		'textDecorationLine',
	] as const;
	type Rest = Record<(typeof PROPS)[number], string>;
	/** Tab presses without any focus change before the focus counts as trapped (a date field has up to four parts). */
	const TRAPPED = 8;

	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = 1;
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	/** Any CSS colour as sRGB 0–255 and alpha 0–1 (computed colours may be rgb(), oklch(), color()…). */
	const rgba = (color: string): number[] => {
		ctx.clearRect(0, 0, 1, 1);
		ctx.fillStyle = '#000';
		ctx.fillStyle = color;
		ctx.fillRect(0, 0, 1, 1);
		const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
		return [r, g, b, a / 255];
	};
	const over = (top: number[], bottom: number[]) =>
		[0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
	const luminance = (c: number[]) => {
		const [r, g, b] = c.slice(0, 3).map((v) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const contrast = (a: number[], b: number[]) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi + 0.05) / (lo + 0.05);
	};
	const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
	/** The colour painted behind `el`'s box: its own and its ancestors' backgrounds, composited. */
	const backdrop = (el: Element | null) => {
		const layers: number[][] = [];
		for (let node = el; node; node = parentOf(node)) {
			const c = rgba(getComputedStyle(node).backgroundColor);
			if (c[3] > 0) layers.push(c);
			if (c[3] >= 1) break;
		}
		return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};

	const deepActive = (): Element | null => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return active;
	};
	const everything = (root: Document | ShadowRoot): Element[] =>
		[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...everything(el.shadowRoot)] : [el]));

	const describe = (el: Element) => {
		const classes = [...el.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
		const name = el.getAttribute('name');
		const tag = `${el.localName}${el.id ? `#${el.id}` : classes.map((c) => `.${c}`).join('')}${name && !el.id ? `[name=${name}]` : ''}`;
		const text = (
			el.getAttribute('aria-label') ||
			(el as HTMLElement).innerText ||
			(el as HTMLInputElement).placeholder ||
			''
		)
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 50);
		const where = el.closest('header, nav, aside, main, footer, dialog, [popover]');
		return `${tag}${text ? ` "${text}"` : ''}${where ? ` in ${where.localName}${where.classList[0] ? `.${where.classList[0]}` : ''}` : ''}`;
	};
	const restOf = (el: Element): Rest => {
		const cs = getComputedStyle(el);
		return Object.fromEntries(PROPS.map((p) => [p, cs[p]])) as Rest;
	};
	const tiny = (el: Element) => {
		const r = el.getBoundingClientRect();
		return r.width <= 1 || r.height <= 1;
	};
	/** What shows a visually hidden control's focus: its label, else its parent. */
	const proxyOf = (el: Element) =>
		tiny(el) ? ((el as HTMLInputElement).labels?.[0] ?? el.closest('label') ?? parentOf(el) ?? el) : el;

	/** Why the focus on `el` cannot be seen, judged from its style while it has the focus; '' when it can. */
	const styleProblem = (target: Element): { why: string; ring?: { offset: number; width: number } } => {
		const cs = getComputedStyle(target);
		const width = parseFloat(cs.outlineWidth);
		if (cs.outlineStyle !== 'none' && cs.outlineStyle !== 'hidden' && width > 0 && rgba(cs.outlineColor)[3] > 0) {
			if (width < 2) return { why: `outline only ${cs.outlineWidth}` };
			const offset = parseFloat(cs.outlineOffset) || 0;
			const behind = backdrop(offset >= 0 ? parentOf(target) : target);
			const ratio = contrast(over(rgba(cs.outlineColor), behind), behind);
			if (ratio < 3)
				return {
					why: `outline ${cs.outlineColor} has contrast ${ratio.toFixed(1)}:1 against rgb(${behind.slice(0, 3).join(', ')})`,
				};
			return { why: '', ring: { offset, width } };
		}
		const before = rest.get(target);
		if (before) {
			const now = restOf(target);
			if (now.boxShadow !== 'none' && now.boxShadow !== before.boxShadow) return { why: '' };
			if (PROPS.some((p) => p !== 'boxShadow' && now[p] !== before[p])) return { why: '' };
		}
		return { why: `no focus indicator (outline ${cs.outlineStyle} ${cs.outlineWidth}, nothing else changes)` };
	};

	/** Why the focused `target`, scrolled into view, cannot be seen: off screen, covered, outline clipped. */
	const placeProblem = (target: Element, ring?: { offset: number; width: number }): string => {
		const r = target.getBoundingClientRect();
		if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) return 'focused but off screen';
		const probes = [
			[0.5, 0.5],
			[0.2, 0.2],
			[0.8, 0.2],
			[0.2, 0.8],
			[0.8, 0.8],
		].map(([fx, fy]) => [
			Math.min(Math.max(r.left + r.width * fx, 0), innerWidth - 1),
			Math.min(Math.max(r.top + r.height * fy, 0), innerHeight - 1),
		]);
		const root = target.getRootNode() as Document | ShadowRoot;
		const hits = probes.map(([x, y]) => root.elementFromPoint(x, y));
		if (hits.every((hit) => hit && !target.contains(hit) && !hit.contains(target)))
			return `covered by ${describe(hits.find(Boolean)!)}`;
		if (!ring) return '';
		// The ring between the box grown by the offset and grown by offset + width must show somewhere.
		const grow = (by: number) => ({ left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by });
		const inner = grow(ring.offset);
		const clip = grow(ring.offset + ring.width);
		let clipper: Element | null = null;
		for (let node = parentOf(target); node && node !== document.documentElement; node = parentOf(node)) {
			const s = getComputedStyle(node);
			if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
			const b = node.getBoundingClientRect();
			const left = b.left + node.clientLeft;
			const top = b.top + node.clientTop;
			const box = { left, top, right: left + node.clientWidth, bottom: top + node.clientHeight };
			if (box.left > clip.left || box.top > clip.top || box.right < clip.right || box.bottom < clip.bottom)
				clipper = node;
			clip.left = Math.max(clip.left, box.left);
			clip.top = Math.max(clip.top, box.top);
			clip.right = Math.min(clip.right, box.right);
			clip.bottom = Math.min(clip.bottom, box.bottom);
		}
		const empty = clip.left >= clip.right || clip.top >= clip.bottom;
		const inside =
			clip.left >= inner.left && clip.top >= inner.top && clip.right <= inner.right && clip.bottom <= inner.bottom;
		return empty || inside ? `outline cut off by ${clipper ? describe(clipper) : 'the page'}` : '';
	};

	let candidates: Element[] = [];
	let start: Element | null = null;
	const rest = new Map<Element, Rest>();
	const reached = new Set<Element>();
	const problems: string[] = [];
	let first: Element | null = null;
	let ended = false;
	let trapped = false;
	let idleTabs = 0;
	let stops = 0;

	const onFocus = () => {
		if (ended) return;
		const el = deepActive();
		if (!el || el === document.body || el === document.documentElement) return;
		idleTabs = 0;
		// Back round to where the walk began: over.
		if (el === first || (start && start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) {
			ended = true;
			return;
		}
		first ??= el;
		stops++;
		reached.add(el);
		const target = proxyOf(el);
		const { why, ring } = styleProblem(target);
		// Chromium has scrolled the element into view before the focus events; a proxy label too.
		if (target !== el) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		const where = why ? '' : placeProblem(target, ring);
		if (why || where) problems.push(`${why || where}: ${describe(el)}`);
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Tab' || ended || trapped) return;
		if (++idleTabs >= TRAPPED) {
			trapped = true;
			problems.push(`focus trapped: ${TRAPPED} presses of Tab do not leave ${describe(deepActive() ?? document.body)}`);
		}
	};

	window.__pdKeyboard = {
		collect(from: string | null) {
			const style = document.createElement('style');
			style.textContent =
				'*, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }';
			document.head.append(style);
			(document.activeElement as HTMLElement | null)?.blur();
			start = from ? document.querySelector(from) : null;
			// An open modal dialog makes the rest of the page inert.
			const modal = [...document.querySelectorAll('dialog:modal')].at(-1);
			candidates = everything(document).filter((el) => {
				if (!el.matches(SELECTOR)) return false;
				if (modal && !modal.contains(el)) return false;
				if (start && !(start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
				if (el.matches(':disabled') || el.closest('[inert]')) return false;
				if (!el.checkVisibility({ checkVisibilityCSS: true })) return false;
				if (el.localName === 'summary' && el.parentElement?.querySelector(':scope > summary') !== el) return false;
				if ((el as HTMLElement).tabIndex > 0)
					problems.push(`positive tabindex ${(el as HTMLElement).tabIndex} jumps the reading order: ${describe(el)}`);
				if ((el as HTMLElement).tabIndex < 0) {
					if (!el.closest(COMPOSITE) && el.getAttribute('aria-hidden') !== 'true')
						problems.push(`out of the tab order (tabindex=-1) outside any composite widget: ${describe(el)}`);
					return false;
				}
				return true;
			});
			for (const el of [...candidates, ...candidates.map(proxyOf)]) rest.set(el, restOf(el));
			// Chromium also stops on scroll containers that hold nothing focusable: their rest style too.
			for (const el of everything(document))
				if (!rest.has(el) && el.scrollHeight > el.clientHeight + 1) rest.set(el, restOf(el));
			return candidates.length;
		},
		record() {
			document.addEventListener('focusin', onFocus, true);
			window.addEventListener('keydown', onKey, true);
		},
		state: () => (trapped ? 'trapped' : ended ? 'ended' : 'tabbing'),
		report() {
			document.removeEventListener('focusin', onFocus, true);
			window.removeEventListener('keydown', onKey, true);
			const radio = (el: Element) =>
				el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `${el.form?.id}/${el.name}` : '';
			const groups = new Set([...reached].map(radio).filter(Boolean));
			const missing = candidates.filter((el) => !reached.has(el) && !groups.has(radio(el)));
			// One the page replaced while Tab went through it is no verdict on the keyboard: say so.
			const label = (el: Element) =>
				el.isConnected ? describe(el) : `${describe(el)} (replaced by the page during the walk)`;
			return { candidates: candidates.length, stops, problems, missing: missing.map(label) };
		},
	};
}

/**
 * Tabs through the page, from the top or, with `from: 'content'`, from the skip link's target
 * (pressing Tab once and Enter on "Lewati ke konten"); returns every problem found, as lines.
 */
async function tabThrough(page: Page, from: 'top' | 'content' = 'top') {
	await page.evaluate(install);
	const skip =
		from === 'content'
			? await page.evaluate(() => document.querySelector('a.sl-skip-link')?.getAttribute('href') ?? null)
			: null;
	const count = await page.evaluate((start) => window.__pdKeyboard.collect(start), skip);
	// Start from the top of the document, as after a fresh load. Waiting for the islands scrolls
	// each into view, and some Chromium builds (the headless shell of @sparticuz/chromium) then
	// start Tab from the last one scrolled to; focusing and removing a mark at the top resets that.
	await page.evaluate(() => {
		const mark = document.createElement('span');
		mark.tabIndex = -1;
		document.body.prepend(mark);
		mark.focus({ preventScroll: true });
		mark.remove();
	});
	const problems: string[] = [];
	if (skip) {
		await page.keyboard.press('Tab');
		if (!(await page.evaluate(() => document.activeElement?.matches('a.sl-skip-link'))))
			problems.push('the first Tab does not reach the skip link');
		await page.keyboard.press('Enter');
	}
	await page.evaluate(() => window.__pdKeyboard.record());
	// Tab in batches: the page judges each stop from its focus events, so no round trip per stop.
	const cdp = await page.context().newCDPSession(page);
	const key = (type: 'rawKeyDown' | 'keyUp') =>
		cdp.send('Input.dispatchKeyEvent', {
			type,
			key: 'Tab',
			code: 'Tab',
			windowsVirtualKeyCode: 9,
			nativeVirtualKeyCode: 9,
		});
	const cap = Math.ceil(count * 1.5) + 20;
	let presses = 0;
	let state: ReturnType<Walker['state']> = 'tabbing';
	while (state === 'tabbing' && presses < cap) {
		const batch = Math.min(10, cap - presses);
		await Promise.all(Array.from({ length: batch }, () => [key('rawKeyDown'), key('keyUp')]).flat());
		presses += batch;
		state = await page.evaluate(() => window.__pdKeyboard.state());
	}
	await cdp.detach();
	const report = await page.evaluate(() => window.__pdKeyboard.report());
	problems.push(...report.problems, ...report.missing.map((m) => `not reached by Tab: ${m}`));
	if (state === 'tabbing') problems.push(`still tabbing after ${cap} presses`);
	return { problems, stops: report.stops, candidates: report.candidates };
}

async function open(page: Page, path: string, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.goto(path);
	await hydrated(page);
}

const pages = builtPages();
const lesson = pages.find((p) => p.startsWith('/sub-modul-1/') && p.split('/').length > 3)!;
const section = (path: string | undefined) => path?.split('/')[1];
// The header and sidebar are one template: Tab goes through them in full on the home page, on the
// first page of each section (each opens its own sidebar group) and on every tenth page; the other
// pages start at the skip link, which is then checked on every page.
const fromTop = (path: string, i: number) => i % 10 === 0 || section(pages[i - 1]) !== section(path);

test('the walk itself finds each fault it looks for', async ({ page }) => {
	await page.setContent(`
		<style>
			body { margin: 0; font: 16px sans-serif; background: #fff; }
			:focus-visible { outline: 3px solid #0b6e66; outline-offset: 2px; }
			.none:focus-visible { outline: none; }
			.thin:focus-visible { outline-width: 1px; }
			.faint:focus-visible { outline-color: #f0f0f0; }
			.shadow:focus-visible { outline: none; box-shadow: 0 0 0 3px #0b6e66; }
			.clip { display: inline-block; overflow: hidden; }
			.clip button { display: block; margin: 0; }
			.bar { position: fixed; bottom: 0; left: 0; right: 0; height: 120px; background: #eee; }
		</style>
		<button>Baik</button> <button class="none">Tanpa tanda</button> <a href="#a" class="thin">Tipis</a>
		<button class="faint">Pudar</button> <button class="shadow">Bayangan</button>
		<span class="clip"><button>Terpotong</button></span> <a href="#b" tabindex="-1">Di luar urutan</a>
		<div style="height: 1500px"></div>
		<button>Di bawah</button> <input id="trap" onkeydown="if (event.key === 'Tab') event.preventDefault()"> <button>Sesudah</button>
		<div class="bar">Kaki tetap</div>`);
	expect((await tabThrough(page)).problems).toEqual([
		'out of the tab order (tabindex=-1) outside any composite widget: a "Di luar urutan"',
		'no focus indicator (outline none 3px, nothing else changes): button.none "Tanpa tanda"',
		'outline only 1px: a.thin "Tipis"',
		'outline rgb(240, 240, 240) has contrast 1.1:1 against rgb(255, 255, 255): button.faint "Pudar"',
		'outline cut off by span.clip "Terpotong": button "Terpotong"',
		'covered by div.bar "Kaki tetap": button "Di bawah"',
		'covered by div.bar "Kaki tetap": input#trap',
		'focus trapped: 8 presses of Tab do not leave input#trap',
		'not reached by Tab: button "Sesudah"',
	]);
});

test.describe('every page by keyboard, 1280 × 800', () => {
	pages.forEach((path, i) =>
		test(path, async ({ page }) => {
			await open(page, path, 1280, 800);
			const { problems, candidates } = await tabThrough(page, fromTop(path, i) ? 'top' : 'content');
			expect(candidates).toBeGreaterThan(0);
			expect(problems).toEqual([]);
		}),
	);
});

test.describe('by keyboard at 360 px, dark theme', () => {
	test.use({ colorScheme: 'dark' });

	test('home page: every control reached', async ({ page }) => {
		await open(page, '/', 360, 740);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect((await tabThrough(page)).problems).toEqual([]);
	});

	test('lesson: every control reached, the menu opens with Enter and its links are reached too', async ({ page }) => {
		await open(page, lesson, 360, 740);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect((await tabThrough(page)).problems).toEqual([]);
		// Tab reached the menu button (it is in the list above); Enter opens the sidebar over the page.
		const menu = page.locator('button.sl-menu-button');
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		expect(await page.locator('#starlight__sidebar a[href]:visible').count()).toBeGreaterThan(20);
		// From the top again: the sidebar's links are now in the list, and all must be reached.
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		expect((await tabThrough(page)).problems).toEqual([]);
	});
});

test('a projector deck, slide by slide: every control reached on each slide', async ({ page }) => {
	// The sweep above sees only a deck's first slide; this deck has exercises on later slides.
	await open(page, '/proyeksi/sub-modul-4/investasi-asing-di-daerah/', 1280, 800);
	const total = Number(/dari (\d+)/.exec((await page.locator('[data-counter]').textContent()) ?? '')?.[1]);
	expect(total).toBeGreaterThan(3);
	for (let slide = 1; slide <= total; slide++) {
		if (slide > 1) {
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-counter]')).toHaveText(`Slide ${slide} dari ${total}`);
			await hydrated(page);
		}
		expect((await tabThrough(page)).problems, `slide ${slide}`).toEqual([]);
	}
});

test.describe('controls work from the keyboard', () => {
	test('"Tandai selesai" toggles with Enter and Space and keeps the focus', async ({ page }) => {
		await open(page, lesson, 1280, 800);
		const button = page.getByRole('button', { name: 'Tandai selesai' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Batalkan tanda selesai' })).toBeFocused();
		await expect(page.locator('.pd-mark-done button')).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Tandai selesai' })).toBeFocused();
		await expect(page.locator('.pd-mark-done button')).toHaveAttribute('aria-pressed', 'false');
	});

	test('the search dialog opens with Enter, its results are reached by Tab, Escape gives the focus back', async ({
		page,
	}) => {
		await open(page, lesson, 1280, 800);
		const search = page.locator('site-search button[data-open-modal]');
		await search.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('site-search dialog')).toBeVisible();
		const input = page.locator('site-search dialog input');
		await expect(input).toBeFocused();
		await page.keyboard.type('sister city');
		// Pagefind searches as one types and fills each result in as it loads: wait for the last.
		await expect(page.locator('.pagefind-ui__message')).toContainText('sister city', { timeout: 15_000 });
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
		await expect(page.locator('site-search dialog .pagefind-ui__loading')).toHaveCount(0);
		// Only the dialog is walked (the page behind it is inert), starting from the search field.
		expect((await tabThrough(page)).problems).toEqual([]);
		await input.focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('site-search dialog')).toBeHidden();
		await expect(search).toBeFocused();
	});
});
