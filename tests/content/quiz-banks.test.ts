/**
 * The quiz banks as authored: each validates, has enough items of several types, unique ids, and
 * links to a lesson heading that exists; the tests and class sets built from them are sound; and a
 * broken bank stops the build with a message naming the file and the fix.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadQuizCatalog } from '../../src/data/quizzes';
import { cardOrder } from '../../src/engine/class-quiz';
import { encodeQuizResult } from '../../src/engine/quiz-code';
import { MIN_BANK_ITEMS, QuizBankFileSchema } from '../../src/schemas/quiz';
import { choiceShape } from '../../src/engine/choice-shape';
import { loadPages } from './site';

const catalog = loadQuizCatalog();
const items = catalog.banks.flatMap((b) => b.items);
const byId = new Map(items.map((i) => [i.id, i]));

describe('quiz banks', () => {
	it('there is a bank for each of the five sub-modules', () => {
		expect(catalog.banks.map((b) => b.submodule)).toEqual([1, 2, 3, 4, 5]);
	});

	it.each(catalog.banks.map((b) => [b.file, b] as const))('%s validates and has at least 12 items', (file, bank) => {
		const raw = parse(readFileSync(file, 'utf8'));
		expect(QuizBankFileSchema.safeParse(raw).success).toBe(true);
		expect(bank.items.length).toBeGreaterThanOrEqual(MIN_BANK_ITEMS);
	});

	it('has 60 or more items in all, with unique ids', () => {
		expect(items.length).toBeGreaterThanOrEqual(60);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});

	it('uses several item types, and each bank at least three', () => {
		expect(new Set(items.map((i) => i.type))).toEqual(
			new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching']),
		);
		for (const bank of catalog.banks)
			expect(new Set(bank.items.map((i) => i.type)).size, bank.file).toBeGreaterThanOrEqual(3);
	});

	it('every source link leads to an existing lesson page and heading anchor of its sub-module', () => {
		const pages = new Map(loadPages().map((p) => [p.id, p]));
		const broken = catalog.banks.flatMap((bank) =>
			bank.items.flatMap((item) => {
				const [path, anchor] = item.source.split('#') as [string, string | undefined];
				const page = pages.get(path.replace(/^\/|\/$/g, ''));
				if (!page || !path.startsWith(`/sub-modul-${bank.submodule}/`)) return [`${item.id}: ${item.source} (no page)`];
				if (anchor && !page.headings.some((h) => h.slug === anchor)) return [`${item.id}: ${item.source} (no heading)`];
				return [];
			}),
		);
		expect(broken).toEqual([]);
		expect(Object.keys(catalog.sources).sort()).toEqual(items.map((i) => i.id).sort());
	});

	it('every item explains its answer, and facilitator items fit A–D cards', () => {
		for (const item of items) {
			expect(item.explanation.length, item.id).toBeGreaterThan(40);
			if (item.facilitator) expect('problem' in choiceShape(item), item.id).toBe(false);
		}
	});
});

describe('tests and class sets built from the banks', () => {
	it('the pre-test and post-test have 20 items each, four per sub-module, none in both', () => {
		const { pre, post, shared } = catalog.tests;
		expect(pre).toHaveLength(20);
		expect(post).toHaveLength(20);
		expect(shared).toEqual([]);
		expect(pre.filter((id) => post.includes(id))).toEqual([]);
		for (const n of [1, 2, 3, 4, 5]) {
			expect(
				pre.filter((id) => id.startsWith(`k${n}-`)),
				`pre, sub-modul ${n}`,
			).toHaveLength(4);
			expect(
				post.filter((id) => id.startsWith(`k${n}-`)),
				`post, sub-modul ${n}`,
			).toHaveLength(4);
		}
	});

	it('every class set can be projected and carried in a result code of at most 24 symbols', () => {
		for (const set of catalog.classSets) {
			const setItems = set.itemIds.map((id) => byId.get(id)!);
			expect(
				setItems.every((i) => i.facilitator),
				set.id,
			).toBe(true);
			for (const item of setItems) expect(cardOrder(set.id, item).length).toBeGreaterThanOrEqual(2);
			const everything = Object.fromEntries(
				setItems.map((i) => [
					i.id,
					i.type === 'multiple'
						? i.options.map((o) => o.id)
						: i.type === 'single'
							? i.options.at(-1)!.id
							: { [i.type === 'truefalse' ? i.statements[0]!.id : '']: false },
				]),
			);
			const code = encodeQuizResult({ id: set.id, index: set.index, title: set.id, items: setItems }, 999, everything);
			if (setItems.length <= 20) expect(code.length, set.id).toBeLessThanOrEqual(24);
		}
	});
});

describe('a broken bank stops the build with a message naming the file and the fix', () => {
	const root = mkdtempSync(join(tmpdir(), 'pd-quiz-'));
	mkdirSync(join(root, 'content', 'quizzes'), { recursive: true });
	symlinkSync(join(process.cwd(), 'content', 'course'), join(root, 'content', 'course'));
	symlinkSync(join(process.cwd(), 'content', 'docs'), join(root, 'content', 'docs'));
	for (const n of [1, 2, 3, 4, 5])
		cpSync(join('content', 'quizzes', `sub-modul-${n}.yaml`), join(root, 'content', 'quizzes', `sub-modul-${n}.yaml`));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const original = readFileSync(join('content', 'quizzes', 'sub-modul-2.yaml'), 'utf8');
	function withBank(change: (bank: { items: Record<string, unknown>[] }) => void): () => unknown {
		const bank = parse(original);
		change(bank);
		return () => {
			writeFileSync(join(root, 'content', 'quizzes', 'sub-modul-2.yaml'), stringify(bank));
			try {
				return loadQuizCatalog(root);
			} finally {
				writeFileSync(join(root, 'content', 'quizzes', 'sub-modul-2.yaml'), original);
			}
		};
	}

	it('the copy of the real banks loads', () => {
		expect(loadQuizCatalog(root).banks).toHaveLength(5);
	});

	it('too few items', () => {
		expect(withBank((b) => b.items.splice(11))).toThrow(
			/content\/quizzes\/sub-modul-2\.yaml is invalid:\n {2}- items: A bank needs at least 12 items/,
		);
	});

	it('an id of another sub-module, or used twice', () => {
		expect(withBank((b) => (b.items[0]!.id = 'k3-salah-tempat'))).toThrow(
			'content/quizzes/sub-modul-2.yaml: item "k3-salah-tempat": ids in this file start with "k2-"; rename it.',
		);
		expect(withBank((b) => (b.items[1]!.id = b.items[0]!.id))).toThrow(
			/the id is also used in content\/quizzes\/sub-modul-2\.yaml/,
		);
	});

	it('a source heading that does not exist', () => {
		expect(withBank((b) => (b.items[0]!.source = '/sub-modul-2/aktor-hubungan-internasional/#tidak-ada'))).toThrow(
			/item "k2-definisi-aktor": source \/sub-modul-2\/aktor-hubungan-internasional\/#tidak-ada: no heading #tidak-ada .* Link to an existing page and heading\./,
		);
	});

	it('a facilitator mark on an item that has no A–D shape', () => {
		expect(withBank((b) => (b.items.find((i) => i.type === 'matching')!.facilitator = true))).toThrow(
			/is marked facilitator: true, but a "matching" item cannot be answered with A–D cards/,
		);
	});

	it('a wrongly named file', () => {
		writeFileSync(join(root, 'content', 'quizzes', 'kuis.yaml'), original);
		try {
			expect(() => loadQuizCatalog(root)).toThrow(
				'content/quizzes/kuis.yaml: name quiz banks after their sub-module, sub-modul-1.yaml to sub-modul-5.yaml.',
			);
		} finally {
			rmSync(join(root, 'content', 'quizzes', 'kuis.yaml'));
		}
	});
});
