/**
 * The projector view in the browser: groups the rendered lesson into 1280×720 slides (hiding the
 * blocks of other slides, never moving them, so that exercises keep working), answers the keys a
 * presenter or clicker sends, and keeps the projector and the presenter window (`#penyaji`) in
 * step through a BroadcastChannel, or through storage events where that is missing.
 */
import {
	MIN_ZOOM,
	adoptState,
	fitZoom,
	initialSlideState,
	keyAction,
	paginate,
	readSyncMessage,
	reduceSlides,
	syncMessage,
	type SlideAction,
	type SlideCommand,
	type SlidePage,
	type SlideState,
} from '../../engine/slides';
import {
	buildTimeline,
	clockLabel,
	formatDuration,
	remaining,
	wholeMinutes,
	type PlanStep,
} from '../../engine/schedule';
import { fill } from '../../data/format';
import { $workshop } from '../../stores/workshop';
import { writeStored } from '../../stores/storage-status';
import type { AgendaStrings } from '../facilitator/links';

interface Config {
	lesson: string;
	lessonHref: string;
	plan: PlanStep[];
	strings: AgendaStrings &
		Record<
			| 'slideOf'
			| 'continued'
			| 'intro'
			| 'titleSlide'
			| 'popupBlocked'
			| 'fullscreenRefused'
			| 'blanked'
			| 'elapsed'
			| 'linked'
			| 'unlinked',
			string
		>;
}

type Slide = { kind: 'title' } | { kind: 'page'; page: SlidePage };

const STAGE_W = 1280;
/** An exercise shrinks no further than this: below it, its controls are too small to use. */
const EXERCISE_MIN_ZOOM = 0.75;
const STAGE_H = 720;
const CHANNEL = 'paradiplomasi:proyeksi';
/** Fallback channel: a key whose changes reach the other window as storage events. */
const SYNC_KEY = 'paradiplomasi:proyeksi-sync:v1';
const PRESENTER_HASH = '#penyaji';

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

/** Scales a 1280×720 stage to fit a box, centred, keeping its proportions. */
function fit(stage: HTMLElement, box: { left: number; top: number; width: number; height: number }) {
	const k = Math.min(box.width / STAGE_W, box.height / STAGE_H);
	stage.style.setProperty('--k', String(k));
	stage.style.setProperty('--x', `${box.left + (box.width - STAGE_W * k) / 2}px`);
	stage.style.setProperty('--y', `${box.top + (box.height - STAGE_H * k) / 2}px`);
}

function isHeading(block: Element): boolean {
	return (
		block.tagName === 'H2' || (block.classList.contains('sl-heading-wrapper') && block.classList.contains('level-h2'))
	);
}

/** A copy of some blocks for the preview of the next slide: no ids, no islands, no radio groups. */
function inertCopy(block: HTMLElement): HTMLElement {
	const copy = block.cloneNode(true) as HTMLElement;
	for (const island of [...copy.querySelectorAll('astro-island')].reverse()) {
		const div = document.createElement('div');
		div.append(...island.childNodes);
		island.replaceWith(div);
	}
	copy.querySelectorAll('script, template, astro-slot').forEach((el) => el.remove());
	for (const el of [copy, ...copy.querySelectorAll('*')]) {
		el.removeAttribute('id');
		el.removeAttribute('name');
		el.removeAttribute('for');
		el.removeAttribute('aria-labelledby');
		el.removeAttribute('aria-describedby');
	}
	return copy;
}

export function initProjector(): void {
	const configText = document.querySelector('[data-projector-config]')?.textContent;
	if (!configText) return;
	const config = JSON.parse(configText) as Config;
	const s = config.strings;
	const html = document.documentElement;
	const presenter = location.hash === PRESENTER_HASH;
	html.classList.add('pd-js');
	html.classList.toggle('is-presenter', presenter);

	const deck = $<HTMLElement>(document, '[data-deck]');
	const viewport = $<HTMLElement>(deck, '[data-viewport]');
	const stage = $<HTMLElement>(deck, '[data-stage]');
	const titleSlide = $<HTMLElement>(stage, '[data-title-slide]');
	const slidesBox = $<HTMLElement>(stage, '[data-slides]');
	const sectionLabel = $<HTMLElement>(stage, '[data-section-label]');
	const counter = $<HTMLElement>(stage, '[data-counter]');
	const blankLayer = $<HTMLElement>(deck, '[data-blank]');
	const timerBox = $<HTMLElement>(deck, '[data-timer]');
	const overview = $<HTMLElement>(deck, '[data-overview]');
	const overviewList = $<HTMLElement>(overview, '[data-overview-list]');
	const presenterSide = $<HTMLElement>(deck, '[data-presenter]');
	const preview = $<HTMLElement>(presenterSide, '[data-preview]');
	const previewBox = $<HTMLElement>(presenterSide, '[data-preview-box]');
	const previewEnd = $<HTMLElement>(presenterSide, '[data-preview-end]');
	const clock = $<HTMLElement>(presenterSide, '[data-clock]');
	const stepNow = $<HTMLElement>(presenterSide, '[data-step-now]');
	const linkStatus = $<HTMLElement>(presenterSide, '[data-link-status]');
	const controls = $<HTMLElement>(document, '[data-controls]');
	const announce = $<HTMLElement>(document, '[data-announce]');
	const blocks = [...slidesBox.children] as HTMLElement[];
	presenterSide.hidden = !presenter;
	for (const el of controls.querySelectorAll<HTMLElement>('[data-projector-only]')) el.hidden = presenter;

	// ------------------------------------------------------------ slides

	let slides: Slide[] = [{ kind: 'title' }];
	const stateKey = `paradiplomasi:proyeksi:${config.lesson}`;
	let state: SlideState = initialSlideState();
	try {
		const saved = JSON.parse(sessionStorage.getItem(stateKey) ?? 'null') as { index?: unknown } | null;
		if (typeof saved?.index === 'number') state = { ...state, index: saved.index };
	} catch {
		// Session storage blocked or unreadable: start from the title slide.
	}

	function measure(): void {
		const current = slides[state.index];
		const firstBlock = current?.kind === 'page' ? current.page.from : -1;
		titleSlide.classList.add('is-off');
		slidesBox.hidden = false;
		for (const b of blocks) {
			b.classList.remove('pd-off');
			b.style.removeProperty('zoom');
		}
		const style = getComputedStyle(slidesBox);
		const gap = parseFloat(style.rowGap) || 0;
		const capacity = slidesBox.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
		const pages = paginate(
			blocks.map((b) => ({ height: b.offsetHeight, heading: isHeading(b) })),
			capacity,
			gap,
		).map((page) => (page.zoom < 1 ? { ...page, ...refineZoom(page) } : page));
		slides = [{ kind: 'title' }, ...pages.map((page) => ({ kind: 'page' as const, page }))];
		if (firstBlock >= 0) {
			const found = slides.findIndex(
				(sl) => sl.kind === 'page' && sl.page.from <= firstBlock && firstBlock < sl.page.to,
			);
			if (found >= 0) state = { ...state, index: found };
		}
		state = adoptState(state, slides.length);
		buildOverview();
	}

	/** Tries scales on the real blocks of an oversized slide: text reflows, so the estimate is low. */
	function refineZoom(page: SlidePage): { zoom: number; overflow: boolean } {
		const shown = blocks.slice(page.from, page.to);
		// An exercise is worked on the slide: it stays large enough to use, and the slide scrolls.
		const exercise = shown.some((b) => b.matches('astro-island') || b.querySelector('astro-island'));
		blocks.forEach((b) => b.classList.toggle('pd-off', !shown.includes(b)));
		const result = fitZoom(
			(zoom) => {
				for (const b of shown) b.style.setProperty('zoom', String(zoom));
				return slidesBox.scrollHeight <= slidesBox.clientHeight;
			},
			exercise ? EXERCISE_MIN_ZOOM : MIN_ZOOM,
		);
		for (const b of blocks) {
			b.classList.remove('pd-off');
			b.style.removeProperty('zoom');
		}
		return result;
	}

	const headingText = (page: SlidePage) =>
		page.section >= 0
			? (blocks[page.section]?.querySelector('h2')?.textContent ?? blocks[page.section]?.textContent ?? '').trim()
			: s.intro;

	function slideLabel(slide: Slide): string {
		if (slide.kind === 'title') return s.titleSlide;
		const { page } = slide;
		return page.part > 1 ? `${headingText(page)} (${s.continued} ${page.part}/${page.parts})` : headingText(page);
	}

	function buildOverview(): void {
		overviewList.replaceChildren(
			...slides.map((slide, i) => {
				const li = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.dataset.goto = String(i);
				const n = document.createElement('span');
				n.className = 'pd-overview-n';
				n.textContent = String(i + 1);
				const label = document.createElement('span');
				label.textContent = slideLabel(slide);
				button.append(n, label);
				li.append(button);
				return li;
			}),
		);
	}

	function showSlide(slide: Slide | undefined): void {
		const page = slide?.kind === 'page' ? slide.page : undefined;
		// Off screen rather than removed: the lesson's title stays the page's heading for screen readers.
		titleSlide.classList.toggle('is-off', slide?.kind !== 'title');
		slidesBox.hidden = !page;
		blocks.forEach((b, i) => {
			const on = !!page && i >= page.from && i < page.to;
			b.classList.toggle('pd-off', !on);
			if (on && page.zoom < 1) b.style.setProperty('zoom', String(page.zoom));
			else b.style.removeProperty('zoom');
		});
		slidesBox.classList.toggle('is-scroll', !!page?.overflow);
		if (page?.overflow) slidesBox.tabIndex = 0;
		else slidesBox.removeAttribute('tabindex');
		slidesBox.scrollTop = 0;
		sectionLabel.textContent = page && page.part > 1 ? `${headingText(page)} (${s.continued})` : '';
	}

	function showPreview(index: number): void {
		const slide = slides[index];
		previewEnd.hidden = !!slide;
		preview.hidden = !slide;
		if (!slide) return;
		if (slide.kind === 'title') {
			const copy = inertCopy(titleSlide);
			copy.classList.remove('is-off');
			preview.replaceChildren(copy);
		} else {
			const box = document.createElement('div');
			box.className = 'pd-slides sl-markdown-content';
			for (let i = slide.page.from; i < slide.page.to; i++) {
				const copy = inertCopy(blocks[i]!);
				copy.classList.remove('pd-off');
				if (slide.page.zoom < 1) copy.style.setProperty('zoom', String(slide.page.zoom));
				box.append(copy);
			}
			preview.replaceChildren(box);
		}
		const r = previewBox.getBoundingClientRect();
		fit(preview, { left: 0, top: 0, width: r.width, height: r.height });
	}

	function render(): void {
		const slide = slides[state.index];
		showSlide(slide);
		const label = fill(s.slideOf, { n: state.index + 1, total: slides.length });
		counter.textContent = label;
		blankLayer.hidden = !state.blank || presenter;
		html.classList.toggle('is-blank', state.blank);
		const opening = state.overview && overview.hidden;
		if (!state.overview && overview.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
		overview.hidden = !state.overview;
		for (const button of overviewList.querySelectorAll<HTMLButtonElement>('button')) {
			const here = Number(button.dataset.goto) === state.index;
			if (here) button.setAttribute('aria-current', 'true');
			else button.removeAttribute('aria-current');
		}
		if (state.overview) {
			const here = overviewList.querySelector<HTMLButtonElement>('[aria-current]');
			if (here && (opening || overview.contains(document.activeElement))) here.focus();
		}
		timerBox.hidden = state.timerSince === null || presenter;
		if (presenter) showPreview(state.index + 1);
		tick();
		announce.textContent = state.blank ? s.blanked : `${label}: ${slide ? slideLabel(slide) : ''}`;
		layout();
		try {
			sessionStorage.setItem(stateKey, JSON.stringify({ index: state.index }));
		} catch {
			// Without session storage a reload starts from the title slide; nothing else depends on it.
		}
	}

	function layout(): void {
		if (presenter) {
			const r = viewport.getBoundingClientRect();
			fit(stage, { left: 0, top: 0, width: r.width, height: r.height });
			if (state.index + 1 < slides.length) {
				const p = previewBox.getBoundingClientRect();
				fit(preview, { left: 0, top: 0, width: p.width, height: p.height });
			}
		} else fit(stage, { left: 0, top: 0, width: innerWidth, height: innerHeight });
	}

	// ------------------------------------------------------------ timers (from timestamps)

	function stepLine(now: number): string {
		const timeline = buildTimeline(config.plan, $workshop.get(), now);
		const item = timeline.items[timeline.current];
		if (timeline.phase === 'before') return fill(s.startsAt, { time: clockLabel(timeline.start) });
		if (!item) return timeline.phase === 'after' ? s.dayOver : s.notRunning;
		const title =
			item.kind === 'break'
				? item.breakKind === 'teh'
					? s.breakTeh
					: item.breakKind === 'makan'
						? s.breakMakan
						: s.breakSalat
				: item.title;
		const left = remaining(item, now);
		const over = left < 0 ? ` · ${fill(s.overrun, { minutes: wholeMinutes(left) })}` : '';
		return `${title} · ${formatDuration(left)}${over}`;
	}

	/** The run sheet counts only on the day it is set for; otherwise the timer shows time elapsed. */
	function dayIsOn(now: number): boolean {
		const day = $workshop.get();
		const timeline = buildTimeline(config.plan, day, now);
		return (day.day !== null || day.startedAt !== null) && timeline.phase === 'running';
	}

	function tick(): void {
		const now = Date.now();
		if (state.timerSince !== null)
			timerBox.textContent = dayIsOn(now) ? stepLine(now) : `${s.elapsed} ${formatDuration(now - state.timerSince)}`;
		if (presenter) {
			const d = new Date(now);
			clock.textContent = `${clockLabel(now)}.${String(d.getSeconds()).padStart(2, '0')}`;
			stepNow.textContent = stepLine(now);
			const timeline = buildTimeline(config.plan, $workshop.get(), now);
			const currentKey = timeline.items[timeline.current]?.key;
			for (const li of presenterSide.querySelectorAll<HTMLElement>('[data-step-key]'))
				li.classList.toggle('is-now', li.dataset.stepKey === currentKey);
		}
	}

	// ------------------------------------------------------------ the other window

	const self = Math.random().toString(36).slice(2, 12);
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

	function send(kind: 'state' | 'hello'): void {
		const message = syncMessage(kind, config.lesson, self, kind === 'state' ? state : undefined, Date.now());
		if (channel) channel.postMessage(message);
		else writeStored(SYNC_KEY, JSON.stringify(message));
	}

	function receive(data: unknown): void {
		const message = readSyncMessage(data, self);
		if (!message) return;
		if (message.lesson !== config.lesson) {
			// The projector moved to another lesson: the presenter window follows it.
			if (presenter && message.kind === 'state') location.href = `/proyeksi/${message.lesson}/${PRESENTER_HASH}`;
			return;
		}
		linkStatus.textContent = s.linked;
		if (message.kind === 'hello') {
			if (!presenter) send('state');
			return;
		}
		state = adoptState(message.state!, slides.length);
		render();
	}

	if (channel) channel.onmessage = (event) => receive(event.data);
	else
		addEventListener('storage', (event) => {
			if (event.key === SYNC_KEY && event.newValue) receive(event.newValue);
		});

	// ------------------------------------------------------------ commands

	function run(command: SlideCommand): void {
		state = reduceSlides(state, command, slides.length, Date.now());
		render();
		send('state');
	}

	function openPresenter(): void {
		const win = window.open(
			`${location.pathname}${PRESENTER_HASH}`,
			'paradiplomasi-penyaji',
			'popup=yes,width=1280,height=800',
		);
		if (!win) announce.textContent = s.popupBlocked;
	}

	function toggleFullscreen(): void {
		if (document.fullscreenElement) void document.exitFullscreen();
		else document.documentElement.requestFullscreen?.().catch(() => (announce.textContent = s.fullscreenRefused));
	}

	function act(action: SlideAction | undefined): boolean {
		switch (action) {
			case undefined:
				return false;
			case 'fullscreen':
				toggleFullscreen();
				return true;
			case 'presenter':
				if (!presenter) openPresenter();
				return true;
			case 'exit':
				if (state.overview || state.blank) run('close');
				else if (!presenter) location.href = config.lessonHref;
				return true;
			default:
				run(action);
				return true;
		}
	}

	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement | null;
		const chromeButton = target?.closest(
			'[data-controls] button, [data-controls] a, [data-controls] summary, [data-overview] button',
		);
		// Space and Enter on our own buttons press them; in the overview the arrows still move.
		if (chromeButton && (event.key === ' ' || event.key === 'Enter')) return;
		// A scrolling slide keeps its up and down arrows for scrolling.
		if (
			target === slidesBox &&
			slidesBox.classList.contains('is-scroll') &&
			(event.key === 'ArrowUp' || event.key === 'ArrowDown')
		)
			return;
		const inControl =
			!!target?.closest('input, textarea, select, [contenteditable]') ||
			(!!target?.closest('[data-slides]') &&
				!!target.closest('button, a, summary, [role="listbox"], [role="slider"], [tabindex]:not([data-slides])'));
		if (act(keyAction(event, inControl))) event.preventDefault();
	});

	controls.addEventListener('click', (event) => {
		const el = (event.target as HTMLElement).closest<HTMLElement>('[data-command]');
		const command = el?.dataset.command;
		if (!command || command === 'exit') return;
		act(command as SlideAction);
	});

	overviewList.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-goto]');
		if (button) run({ goto: Number(button.dataset.goto) });
	});

	// The controls fade while the mouse rests, so the room sees only the slide.
	let idle: ReturnType<typeof setTimeout> | undefined;
	const wake = () => {
		controls.classList.remove('is-idle');
		clearTimeout(idle);
		idle = setTimeout(() => controls.classList.add('is-idle'), 2500);
	};
	addEventListener('mousemove', wake);
	wake();

	addEventListener('resize', layout);
	// An exercise that hydrates may grow: measure again, staying on the same block.
	document.addEventListener(
		'astro:hydrate',
		() => {
			measure();
			render();
		},
		true,
	);
	$workshop.listen(() => tick());
	setInterval(tick, 1000);

	measure();
	render();
	linkStatus.textContent = s.unlinked;
	send(presenter ? 'hello' : 'state');
}
