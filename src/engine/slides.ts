/**
 * The projector view's logic, as pure functions: a lesson's blocks packed into slides at its `##`
 * sections, the keys a presenter (or a clicker) sends, the slide state both windows share, and the
 * messages that keep the projector and the presenter window in step.
 */
import { SlideSyncSchema, type SlideState, type SlideSync } from '../schemas/projector';

export type { SlideState, SlideSync };

/** A top-level block of the lesson, measured at the slide's width. */
export interface Block {
	height: number;
	/** The block is a `##` heading: it starts a section, and so a slide. */
	heading: boolean;
}

export interface SlidePage {
	/** Blocks shown on this slide: from (inclusive) to (exclusive). */
	from: number;
	to: number;
	/** Index of the section (its heading block), or -1 for the text before the first heading. */
	section: number;
	/** 1-based part of the section, and how many parts it has. */
	part: number;
	parts: number;
	/** Scale (≤ 1) that fits an oversized block; 1 for most slides. */
	zoom: number;
	/** Even at the smallest zoom the slide is taller than the screen: it scrolls. */
	overflow: boolean;
}

/** The smallest scale a slide may use; below it the text would be too small for the back row. */
export const MIN_ZOOM = 0.6;

/**
 * Packs blocks into slides: a new slide at every heading, and a new one whenever the next block
 * would not fit. A heading always shares its slide with the block after it.
 */
export function paginate(blocks: Block[], capacity: number, gap = 0): SlidePage[] {
	const pages: SlidePage[] = [];
	let section = -1;
	let sectionPages: SlidePage[] = [];
	let page: { from: number; to: number; height: number } | undefined;
	const close = () => {
		if (!page) return;
		const fits = page.height <= capacity;
		const zoom = fits ? 1 : Math.max(MIN_ZOOM, capacity / page.height);
		sectionPages.push({
			from: page.from,
			to: page.to,
			section,
			part: 0,
			parts: 0,
			zoom,
			overflow: page.height * zoom > capacity,
		});
		page = undefined;
	};
	const closeSection = () => {
		close();
		sectionPages.forEach((p, i) => pages.push({ ...p, part: i + 1, parts: sectionPages.length }));
		sectionPages = [];
	};
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		if (block.heading) {
			closeSection();
			section = i;
			// The heading and the block after it are placed as one unit.
			const next = blocks[i + 1];
			const unit = next && !next.heading ? block.height + gap + next.height : block.height;
			page = { from: i, to: next && !next.heading ? i + 2 : i + 1, height: unit };
			if (next && !next.heading) i++;
			continue;
		}
		const added = page ? page.height + gap + block.height : block.height;
		if (page && added <= capacity) {
			page.to = i + 1;
			page.height = added;
		} else {
			close();
			page = { from: i, to: i + 1, height: block.height };
		}
	}
	closeSection();
	return pages;
}

/**
 * The largest scale, between `min` and 1, at which a slide fits, found by trying scales (text
 * reflows when scaled, so the first estimate from `paginate` is only a lower bound).
 */
export function fitZoom(
	fits: (zoom: number) => boolean,
	min = MIN_ZOOM,
	steps = 7,
): { zoom: number; overflow: boolean } {
	if (fits(1)) return { zoom: 1, overflow: false };
	if (!fits(min)) return { zoom: min, overflow: true };
	let low = min;
	let high = 1;
	for (let i = 0; i < steps; i++) {
		const mid = (low + high) / 2;
		if (fits(mid)) low = mid;
		else high = mid;
	}
	return { zoom: Math.floor(low * 1000) / 1000, overflow: false };
}

// ---------------------------------------------------------------- keys

export type SlideAction =
	'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'overview' | 'blank' | 'timer' | 'exit' | 'presenter';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * What a key does. `inControl`: the focus is in a form control or an exercise on the slide, which
 * keeps its own keys; only a clicker's PageUp and PageDown still turn the slide.
 */
export function keyAction(press: KeyPress, inControl = false): SlideAction | undefined {
	if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
	if (press.key === 'PageDown') return 'next';
	if (press.key === 'PageUp') return 'prev';
	if (inControl) return undefined;
	switch (press.key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return 'next';
		case ' ':
			return press.shiftKey ? 'prev' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'Escape':
			return 'exit';
	}
	switch (press.key.toLowerCase()) {
		case 'f':
			return 'fullscreen';
		case 'o':
			return 'overview';
		// Clickers send "b" or "." for a black screen.
		case 'b':
		case '.':
			return 'blank';
		case 't':
			return 'timer';
		case 'p':
			return 'presenter';
	}
	return undefined;
}

// ---------------------------------------------------------------- the shared state

export function initialSlideState(): SlideState {
	return { index: 0, blank: false, overview: false, timerSince: null };
}

export type SlideCommand =
	'next' | 'prev' | 'first' | 'last' | 'overview' | 'blank' | 'timer' | 'close' | { goto: number };

/** The next state after a command; `count` slides, `now` for the timer. */
export function reduceSlides(state: SlideState, command: SlideCommand, count: number, now: number): SlideState {
	const last = Math.max(0, count - 1);
	const go = (index: number) => ({ ...state, index: Math.min(last, Math.max(0, index)) });
	if (typeof command === 'object') return { ...go(command.goto), overview: false, blank: false };
	switch (command) {
		case 'next':
		case 'prev':
			// On a blank screen the first key brings the picture back where it was.
			if (state.blank) return { ...state, blank: false };
			return go(state.index + (command === 'next' ? 1 : -1));
		case 'first':
			return go(0);
		case 'last':
			return go(last);
		case 'overview':
			return { ...state, overview: !state.overview, blank: false };
		case 'blank':
			return { ...state, blank: !state.blank };
		case 'timer':
			return { ...state, timerSince: state.timerSince === null ? now : null };
		case 'close':
			return { ...state, overview: false, blank: false };
	}
}

// ---------------------------------------------------------------- keeping two windows in step

/** The message one window sends the other; `hello` asks the projector for its state. */
export function syncMessage(
	kind: 'state' | 'hello',
	lesson: string,
	from: string,
	state: SlideState | undefined,
	now: number,
): SlideSync {
	return state ? { kind, lesson, from, at: now, state } : { kind, lesson, from, at: now };
}

/** A message from the other window, or undefined when it is not one of ours (or is our own). */
export function readSyncMessage(data: unknown, self: string): SlideSync | undefined {
	let value = data;
	if (typeof data === 'string') {
		try {
			value = JSON.parse(data);
		} catch {
			return undefined;
		}
	}
	const parsed = SlideSyncSchema.safeParse(value);
	if (!parsed.success || parsed.data.from === self) return undefined;
	if (parsed.data.kind === 'state' && !parsed.data.state) return undefined;
	return parsed.data;
}

/** The state a window takes from the other one: the index kept within its own slides. */
export function adoptState(state: SlideState, count: number): SlideState {
	return { ...state, index: Math.min(Math.max(0, count - 1), state.index) };
}
