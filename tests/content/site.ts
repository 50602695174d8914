/**
 * Reads every page of content/docs the way the site serves it, for the content lint: frontmatter,
 * plain text, headings with the anchors Starlight gives them, and every internal link.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { headingsOf } from '../../src/data/pages';

export interface Page {
	/** Path under content/docs, e.g. "sub-modul-1/sejarah-dan-diplomasi-modern.mdx". */
	file: string;
	/** Page id as in URLs: "sub-modul-1/sejarah-dan-diplomasi-modern"; "" for the home page. */
	id: string;
	frontmatter: Record<string, unknown>;
	body: string;
	/** The body without code, imports, components and Markdown syntax. */
	text: string;
	/** h2–h6 headings in order, with their anchors. */
	headings: { depth: number; text: string; slug: string }[];
	/** Internal links ("/x/y/#z") found in Markdown links, href attributes and frontmatter. */
	links: string[];
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : /\.mdx?$/.test(name) ? [full] : [];
	});
}

export function plainText(body: string): string {
	return body
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[*_`#>|]/g, ' ')
		.replace(/:::\w*(\[[^\]]*\])?/g, ' ')
		.replace(/\s+/g, ' ');
}

export function loadPages(root = process.cwd()): Page[] {
	const docs = join(root, 'content', 'docs');
	return walk(docs).map((full) => {
		const file = relative(docs, full);
		const source = readFileSync(full, 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
		const frontmatter = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
		const body = match ? source.slice(match[0].length) : source;
		const withoutCode = body.replace(/^```[\s\S]*?^```/gm, '');
		const headings = headingsOf(body).map(({ depth, text, slug }) => ({ depth, text, slug }));
		const links = [
			...[...withoutCode.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!),
			...[...withoutCode.matchAll(/href=["'{]*["'](\/[^"']*)["']/g)].map((m) => m[1]!),
			...[...(match?.[1] ?? '').matchAll(/link:\s*['"]?(\/[^'"\s]*)/g)].map((m) => m[1]!),
		];
		const id = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		return { file, id, frontmatter, body, text: plainText(body), headings, links };
	});
}
