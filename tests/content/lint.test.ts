/**
 * The content lint: walks every page of content/docs and every data file of content/course and
 * checks what an author can get wrong — missing lesson fields, links and anchors that lead
 * nowhere, unknown glossary terms and citations, process minutes, placeholder text, coverage of
 * the source's facts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadCourse } from '../../src/data/course';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';
import { loadPages, type Page } from './site';

const course = loadCourse();
const pages = loadPages();
const byId = new Map(pages.map((p) => [p.id, p]));
const readings = pages.filter((p) => p.frontmatter.kind === 'lesson' || p.frontmatter.kind === 'enrichment');

/** Anchors that components add to a page besides its Markdown headings. */
function componentAnchors(page: Page): string[] {
	const anchors = ['_top'];
	if (page.body.includes('<SessionOverview')) anchors.push('proses', 'pelajaran');
	if (page.body.includes('<GlossaryList')) anchors.push(...course.glossary.map((g) => g.id));
	if (page.body.includes('<ReferenceList')) anchors.push(...course.references.map((r) => r.id), 'asal-module', 'asal-module-text', 'asal-paper', 'asal-outside');
	if (page.body.includes('<CorrectionList'))
		anchors.push(...course.corrections.flatMap((g) => [`koreksi-${g.file}`, ...g.entries.map((c) => c.id)]));
	return anchors;
}

const anchorsOf = new Map(pages.map((p) => [p.id, new Set([...p.headings.map((h) => h.slug), ...componentAnchors(p)])]));

/** Why a course link does not resolve, or undefined when it does. */
function brokenLink(link: string): string | undefined {
	const [path, anchor] = link.split('#') as [string, string | undefined];
	if (path !== '' && !path.endsWith('/')) return 'the path must end with "/" (trailing slash)';
	const id = path.replace(/^\/|\/$/g, '');
	if (!byId.has(id)) return `no page at /${id}${id ? '/' : ''}`;
	if (anchor !== undefined && !anchorsOf.get(id)!.has(anchor)) return `no heading or anchor #${anchor} on /${id}/`;
	return undefined;
}

describe('every page', () => {
	it.each(pages.map((p) => [p.file, p] as const))('%s has valid course frontmatter', (_, page) => {
		const result = LessonFrontmatterSchema.safeParse(page.frontmatter);
		expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
	});

	it('every internal link and anchor resolves', () => {
		const broken = pages.flatMap((p) => p.links.map((l) => [p.file, l, brokenLink(l)]).filter(([, , why]) => why));
		expect(broken.map(([file, link, why]) => `${file}: ${link} — ${why}`)).toEqual([]);
	});

	it('aside titles are unique on a page (each aside is a landmark named by its title)', () => {
		const dupes = pages.flatMap((p) => {
			const titles = [...p.body.matchAll(/^:::(?:note|tip|caution|danger)(?:\[([^\]]*)\])?/gm)].map((m) => m[1] ?? m[0]);
			return titles.filter((t, i) => titles.indexOf(t) !== i).map((t) => `${p.file}: "${t}"`);
		});
		expect(dupes).toEqual([]);
	});

	it('no placeholder or unfinished text', () => {
		const pattern = /lorem ipsum|\bTODO\b|\bFIXME\b|coming soon|segera hadir|placeholder|under construction|dalam pengembangan/i;
		expect(pages.filter((p) => pattern.test(p.body)).map((p) => p.file)).toEqual([]);
	});
});

describe('lessons', () => {
	const glossaryIds = new Set(course.glossary.map((g) => g.id));

	it.each(readings.map((p) => [p.file, p] as const))('%s ends with a Rangkuman', (_, page) => {
		const h2 = page.headings.filter((h) => h.depth === 2);
		expect(h2.at(-1)?.text).toBe('Rangkuman');
	});

	it('key terms exist in the glossary', () => {
		const missing = readings.flatMap((p) =>
			((p.frontmatter.keyTerms as string[]) ?? []).filter((t) => !glossaryIds.has(t)).map((t) => `${p.file}: ${t}`),
		);
		expect(missing).toEqual([]);
	});

	it('glossary links point to existing entries and citations to existing references', () => {
		const refIds = new Set(course.references.map((r) => r.id));
		const bad = pages.flatMap((p) =>
			p.links.flatMap((l) => {
				const [path, anchor] = l.split('#');
				if (path === '/glosarium/' && anchor && !glossaryIds.has(anchor)) return [`${p.file}: glossary term ${anchor}`];
				if (path === '/referensi/' && anchor && !refIds.has(anchor) && !anchor.startsWith('asal-')) return [`${p.file}: reference ${anchor}`];
				return [];
			}),
		);
		expect(bad).toEqual([]);
	});

	it('reading time fits the text: 5 to 10 minutes at 100 to 250 words a minute', () => {
		const off = readings
			.map((p) => ({ file: p.file, words: p.text.split(' ').filter(Boolean).length, minutes: p.frontmatter.minutes as number }))
			.filter(({ words, minutes }) => words < minutes * 100 || words > minutes * 250)
			.map(({ file, words, minutes }) => `${file}: ${words} words for ${minutes} minutes`);
		expect(off).toEqual([]);
	});

	it('every reading page belongs to the syllabus exactly once, and every syllabus entry exists', () => {
		const listed = [
			...course.pengantar.lessons.map((s) => `pengantar/${s}`),
			...course.sessions.flatMap((s) => s.lessons.map((slug) => `sub-modul-${s.number}/${slug}`)),
		];
		expect(listed.filter((id, i) => listed.indexOf(id) !== i)).toEqual([]);
		expect(listed.filter((id) => !byId.has(id))).toEqual([]);
		expect(readings.map((p) => p.id).filter((id) => !listed.includes(id))).toEqual([]);
	});

	it('each reading page sits in the folder of its sub-module', () => {
		const wrong = readings.filter((p) => {
			const n = p.frontmatter.submodule as number;
			return !p.id.startsWith(n === 0 ? 'pengantar/' : `sub-modul-${n}/`);
		});
		expect(wrong.map((p) => p.file)).toEqual([]);
	});
});

describe('sub-modules', () => {
	it('there are five sessions of 90 minutes, 450 minutes in all', () => {
		expect(course.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
		expect(course.sessions.reduce((n, s) => n + s.minutes, 0)).toBe(450);
	});

	it.each(course.sessions.map((s) => [s.number, s] as const))('sub-modul %i: process minutes add up to 90', (_, s) => {
		expect(s.process.reduce((n, step) => n + step.minutes, 0)).toBe(90);
	});

	it.each(course.sessions.map((s) => [s.number, s] as const))('sub-modul %i: has an overview page and its step lessons exist', (n, s) => {
		expect(byId.get(`sub-modul-${n}`)?.frontmatter.kind).toBe('overview');
		const missing = s.process.filter((step) => step.lesson && !s.lessons.includes(step.lesson)).map((step) => step.lesson);
		expect(missing).toEqual([]);
	});

	it('every sub-module has lessons and at least one enrichment reading', () => {
		for (const s of course.sessions) {
			const kinds = s.lessons.map((slug) => byId.get(`sub-modul-${s.number}/${slug}`)?.frontmatter.kind);
			expect(kinds).toContain('lesson');
			expect(kinds).toContain('enrichment');
		}
	});
});

describe('glossary, references, corrections', () => {
	it('glossary and correction links resolve', () => {
		const links = [
			...course.glossary.filter((g) => g.taught).map((g) => [`glossary ${g.id}`, g.taught!] as const),
			...course.corrections.flatMap((c) => c.entries.filter((e) => e.lesson).map((e) => [`correction ${e.id}`, e.lesson!] as const)),
		];
		const broken = links.map(([what, l]) => [what, l, brokenLink(l)]).filter(([, , why]) => why);
		expect(broken.map(([what, l, why]) => `${what}: ${l} — ${why}`)).toEqual([]);
	});

	it('every abbreviation the module lists is in the glossary with a correct expansion', () => {
		const abbr = new Map(course.glossary.map((g) => [g.term.toUpperCase(), g]));
		for (const term of ['AFTA', 'CEFTA', 'FGD', 'GCC', 'GPN', 'IMF', 'LN', 'OECD', 'PMA', 'PMDN', 'PEMDA', 'PEMPROV', 'RPJM', 'RPJP', 'SWOT', 'WTO'])
			expect(abbr.has(term), term).toBe(true);
		expect(abbr.get('AFTA')!.expansion).toBe('ASEAN Free Trade Area');
		expect(abbr.get('CEFTA')!.expansion).toMatch(/Central European Free Trade Agreement/);
		expect(abbr.get('FGD')!.expansion).toBe('Focus Group Discussion');
	});

	it('every work the module cites is in the references', () => {
		const ids = new Set(course.references.map((r) => r.id));
		const cited = ['kuznetsov-2015', 'tavares-2016', 'berridge-2022', 'berridge-2012', 'cooper-2013', 'liu-2020', 'schiavon-2018', 'waters-2000', 'coe-2015', 'coe-2004', 'piattoni-2009', 'marks-1996', 'alsubaie-2019', 'jeong-2016', 'worldbank-2023', 'keating-1999', 'mukti-2013', 'mcmillan-2012', 'grau-vidiella-2013', 'wijatmadja-2016', 'palmer-2008'];
		expect(cited.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('the corrections page explains the defects the digest lists', () => {
		const all = course.corrections.flatMap((g) => g.entries.map((e) => `${e.source} ${e.correction}`)).join(' ');
		for (const needle of [/AFTA/, /Bintang/, /Waters/, /Schiavon/, /3\.3/, /negara\./, /Fisher/, /Piattoni/, /Marks/, /Timur Jauh/, /supranasional/, /New South Wales/, /Dior/, /terrorized/i])
			expect(all, String(needle)).toMatch(needle);
	});
});

describe('facts of the source', () => {
	const FactFile = z.array(z.object({ fact: z.string(), mustContain: z.array(z.string()).min(1) }));
	const dir = join(process.cwd(), 'tests', 'fixtures', 'facts');
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

	it('there is a fact list for the Pengantar, each sub-module and the references', () => {
		expect(files.sort()).toEqual(expect.arrayContaining(['pengantar.yaml', 'sub-modul-1.yaml', 'sub-modul-2.yaml', 'sub-modul-3.yaml', 'sub-modul-4.yaml', 'sub-modul-5.yaml']));
	});

	it.each(files)('every fact in %s appears in the course', (file) => {
		const facts = FactFile.parse(parse(readFileSync(join(dir, file), 'utf8')));
		const part = file.replace(/\.yaml$/, '');
		const scope = part === 'referensi' ? pages : pages.filter((p) => p.id.startsWith(`${part}/`) || p.id === part);
		const data =
			part === 'referensi'
				? JSON.stringify([course.references, course.glossary])
				: JSON.stringify(course.sessions.find((s) => `sub-modul-${s.number}` === part) ?? {});
		const haystack = normalise(scope.map((p) => `${p.body} ${p.text}`).join(' ') + data);
		const missing = facts.flatMap((f) => f.mustContain.filter((s) => !haystack.includes(normalise(s))).map((s) => `${f.fact} → "${s}"`));
		expect(missing).toEqual([]);
	});
});
