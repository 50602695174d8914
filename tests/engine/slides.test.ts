import { describe, expect, it } from 'vitest';
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
	type Block,
} from '../../src/engine/slides';

const p = (height: number): Block => ({ height, heading: false });
const h = (height = 60): Block => ({ height, heading: true });
const spans = (blocks: Block[], capacity: number, gap = 0) =>
	paginate(blocks, capacity, gap).map((s) => `${s.from}-${s.to}${s.parts > 1 ? ` ${s.part}/${s.parts}` : ''}`);

describe('paginate', () => {
	it('starts a slide at every heading', () => {
		expect(spans([p(100), h(), p(100), h(), p(100)], 600)).toEqual(['0-1', '1-3', '3-5']);
		expect(paginate([p(100), h(), p(100)], 600).map((s) => s.section)).toEqual([-1, 1]);
	});

	it('continues a long section on the next slide, numbering the parts', () => {
		expect(spans([h(), p(300), p(300), p(300)], 700)).toEqual(['0-3 1/2', '3-4 2/2']);
	});

	it('counts the gap between blocks', () => {
		expect(spans([h(100), p(200), p(200)], 500, 0)).toEqual(['0-3']);
		expect(spans([h(100), p(200), p(200)], 500, 20)).toEqual(['0-2 1/2', '2-3 2/2']);
	});

	it('keeps a heading with the block after it even when they do not fit', () => {
		const pages = paginate([h(), p(700), p(100)], 600);
		expect(pages.map((s) => `${s.from}-${s.to}`)).toEqual(['0-2', '2-3']);
		expect(pages[0]!.zoom).toBeCloseTo(600 / 760);
	});

	it('shrinks an oversized block down to the smallest zoom, then lets it scroll', () => {
		const [fit] = paginate([p(700)], 600);
		expect(fit).toMatchObject({ zoom: 600 / 700, overflow: false });
		const [big] = paginate([p(2000)], 600);
		expect(big).toMatchObject({ zoom: MIN_ZOOM, overflow: true });
	});

	it('finds the largest zoom that fits, given how text reflows', () => {
		// A block of 1000 px whose height shrinks faster than the zoom (it reflows wider).
		const fits = (z: number) => 1000 * z * z <= 600;
		const { zoom, overflow } = fitZoom(fits);
		expect(overflow).toBe(false);
		expect(zoom).toBeGreaterThan(0.76);
		expect(zoom).toBeLessThanOrEqual(Math.sqrt(0.6));
		expect(fitZoom(() => true)).toEqual({ zoom: 1, overflow: false });
		expect(fitZoom(() => false)).toEqual({ zoom: MIN_ZOOM, overflow: true });
	});

	it('handles no blocks, and a heading with nothing after it', () => {
		expect(paginate([], 600)).toEqual([]);
		expect(spans([h(), h(), p(10)], 600)).toEqual(['0-1', '1-3']);
	});

	it('places every block exactly once, in order', () => {
		const blocks = Array.from({ length: 60 }, (_, i) =>
			i % 7 === 0 ? h(50 + (i % 3) * 10) : p(40 + ((i * 37) % 400)),
		);
		const pages = paginate(blocks, 560, 20);
		const covered = pages.flatMap((s) => Array.from({ length: s.to - s.from }, (_, k) => s.from + k));
		expect(covered).toEqual(blocks.map((_, i) => i));
		for (const page of pages) if (page.to - page.from > 1 && !blocks[page.from]!.heading) expect(page.zoom).toBe(1);
	});
});

describe('keys', () => {
	it('maps what a clicker and a keyboard send', () => {
		expect(['ArrowRight', 'ArrowDown', ' ', 'PageDown'].map((key) => keyAction({ key }))).toEqual([
			'next',
			'next',
			'next',
			'next',
		]);
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => keyAction({ key }))).toEqual(['prev', 'prev', 'prev']);
		expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
		expect(['Home', 'End', 'Escape'].map((key) => keyAction({ key }))).toEqual(['first', 'last', 'exit']);
		expect(['f', 'F', 'o', 'b', '.', 't', 'T', 'p'].map((key) => keyAction({ key }))).toEqual([
			'fullscreen',
			'fullscreen',
			'overview',
			'blank',
			'blank',
			'timer',
			'timer',
			'presenter',
		]);
		expect(keyAction({ key: 'x' })).toBeUndefined();
	});

	it('leaves browser shortcuts alone', () => {
		expect(keyAction({ key: 'f', ctrlKey: true })).toBeUndefined();
		expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
		expect(keyAction({ key: 'PageDown', metaKey: true })).toBeUndefined();
	});

	it('inside an exercise only PageUp and PageDown turn the slide', () => {
		expect(keyAction({ key: 'ArrowRight' }, true)).toBeUndefined();
		expect(keyAction({ key: ' ' }, true)).toBeUndefined();
		expect(keyAction({ key: 'b' }, true)).toBeUndefined();
		expect(keyAction({ key: 'PageDown' }, true)).toBe('next');
		expect(keyAction({ key: 'PageUp' }, true)).toBe('prev');
	});
});

describe('slide state', () => {
	const s0 = initialSlideState();

	it('moves within the slides', () => {
		expect(reduceSlides(s0, 'prev', 5, 0).index).toBe(0);
		expect(reduceSlides(s0, 'next', 5, 0).index).toBe(1);
		expect(reduceSlides({ ...s0, index: 4 }, 'next', 5, 0).index).toBe(4);
		expect(reduceSlides(s0, 'last', 5, 0).index).toBe(4);
		expect(reduceSlides({ ...s0, index: 3 }, 'first', 5, 0).index).toBe(0);
		expect(reduceSlides(s0, { goto: 9 }, 5, 0).index).toBe(4);
		expect(reduceSlides(s0, 'next', 0, 0).index).toBe(0);
	});

	it('on a blank screen the next key brings the same slide back', () => {
		const blank = reduceSlides({ ...s0, index: 2 }, 'blank', 5, 0);
		expect(blank.blank).toBe(true);
		expect(reduceSlides(blank, 'next', 5, 0)).toMatchObject({ index: 2, blank: false });
		expect(reduceSlides(blank, 'blank', 5, 0).blank).toBe(false);
	});

	it('opens and closes the overview; choosing a slide closes it', () => {
		const open = reduceSlides(s0, 'overview', 5, 0);
		expect(open.overview).toBe(true);
		expect(reduceSlides(open, 'next', 5, 0)).toMatchObject({ index: 1, overview: true });
		expect(reduceSlides(open, { goto: 3 }, 5, 0)).toMatchObject({ index: 3, overview: false });
		expect(reduceSlides(open, 'close', 5, 0).overview).toBe(false);
	});

	it('switches the timer on from a timestamp, and off', () => {
		const on = reduceSlides(s0, 'timer', 5, 1234);
		expect(on.timerSince).toBe(1234);
		expect(reduceSlides(on, 'timer', 5, 9999).timerSince).toBeNull();
	});

	it('adopts the other window’s state within its own slides', () => {
		expect(adoptState({ ...s0, index: 12 }, 5).index).toBe(4);
	});
});

describe('sync messages', () => {
	const lesson = 'sub-modul-1/pengertian-diplomasi';

	it('round-trips a state message, as an object or as JSON text', () => {
		const message = syncMessage('state', lesson, 'win-a', { ...initialSlideState(), index: 3 }, 100);
		expect(readSyncMessage(message, 'win-b')).toEqual(message);
		expect(readSyncMessage(JSON.stringify(message), 'win-b')).toEqual(message);
	});

	it('ignores its own messages, foreign data and broken text', () => {
		const message = syncMessage('hello', lesson, 'win-a', undefined, 100);
		expect(readSyncMessage(message, 'win-a')).toBeUndefined();
		expect(readSyncMessage('{"kind":"state"', 'x')).toBeUndefined();
		expect(readSyncMessage({ kind: 'state', lesson, from: 'win-a', at: 1 }, 'x')).toBeUndefined();
		expect(readSyncMessage({ kind: 'other', lesson, from: 'win-a', at: 1 }, 'x')).toBeUndefined();
		expect(readSyncMessage({ ...message, lesson: '../../etc' }, 'x')).toBeUndefined();
		expect(readSyncMessage(null, 'x')).toBeUndefined();
		expect(readSyncMessage(42, 'x')).toBeUndefined();
	});
});
