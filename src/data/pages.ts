/**
 * Reads a page of content/docs at build time (Node only): its title and its h2–h6 headings with
 * the anchors Starlight gives them (github-slugger over the heading's text, one slugger per page).
 * Used to check and label links into lessons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';

export interface Heading {
	depth: number;
	text: string;
	slug: string;
	/** Character offset of the heading in the body. */
	at: number;
}

export interface PageInfo {
	/** "sub-modul-3/model-bali" */
	id: string;
	/** Path from the project root, e.g. "content/docs/sub-modul-3/model-bali.mdx". */
	file: string;
	title: string;
	body: string;
	headings: Heading[];
}

/** Heading text as rendered: no Markdown markers, link targets or custom ids. */
export function headingText(raw: string): string {
	return raw
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/\s*\{#[^}]+\}\s*$/, '')
		.trim();
}

export function headingsOf(body: string): Heading[] {
	const slugger = new GithubSlugger();
	// Blank out fenced code so that "# comment" lines inside it are not taken for headings.
	const text = body.replace(/^```[\s\S]*?^```/gm, (code) => code.replace(/[^\n]/g, ' '));
	return [...text.matchAll(/^(#{2,6})\s+(.+?)\s*$/gm)].map((m) => {
		const heading = headingText(m[2]!);
		return { depth: m[1]!.length, text: heading, slug: slugger.slug(heading), at: m.index };
	});
}

/** The page with this id ("sub-modul-3/model-bali"), or undefined when no such file exists. */
export function readPage(id: string, root = process.cwd()): PageInfo | undefined {
	const candidates = [`${id}.mdx`, `${id}.md`, `${id}/index.mdx`, `${id}/index.md`].map((f) => join('content', 'docs', f));
	const file = candidates.find((f) => existsSync(join(root, f)));
	if (!file) return undefined;
	const source = readFileSync(join(root, file), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
	const frontmatter = (match ? parse(match[1]!) : {}) as { title?: string };
	const body = match ? source.slice(match[0].length) : source;
	return { id, file, title: frontmatter.title ?? id, body, headings: headingsOf(body) };
}
