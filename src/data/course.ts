/**
 * Loads and validates the authored course data in content/course/ at build time (Node only).
 * Every problem names the file and what to fix, and stops the build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { GlossaryFileSchema, type GlossaryEntry } from '../schemas/glossary';
import { ReferenceFileSchema, type Reference } from '../schemas/reference';
import { CorrectionFileSchema, type Correction } from '../schemas/correction';
import { PengantarSchema, SessionSchema, ToolsSchema, type Session } from '../schemas/session';

export class CourseDataError extends Error {
	override name = 'CourseDataError';
}

export interface CorrectionGroup {
	/** The file's base name, e.g. "umum" or "sub-modul-3". */
	file: string;
	entries: Correction[];
}

export interface CourseData {
	pengantar: { lessons: string[] };
	sessions: Session[];
	/** Tool pages (slugs under content/docs/) in sidebar order. */
	tools: string[];
	glossary: GlossaryEntry[];
	references: Reference[];
	corrections: CorrectionGroup[];
}

export function readYaml(file: string, root: string): unknown {
	try {
		return parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new CourseDataError(`${relative(root, file)}: YAML tidak dapat dibaca (${(error as Error).message}).`);
	}
}

export function validateFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	throw new CourseDataError(`${file} is invalid:\n${lines.join('\n')}`);
}

function yamlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => join(dir, name));
}

function assertUniqueIds(entries: { id: string }[], what: string): void {
	const seen = new Set<string>();
	for (const { id } of entries) {
		if (seen.has(id)) throw new CourseDataError(`${what}: the id "${id}" is used twice; give each entry its own id.`);
		seen.add(id);
	}
}

export function loadCourse(root = process.cwd()): CourseData {
	const dir = join(root, 'content', 'course');
	const load = <S extends z.ZodType>(schema: S, file: string) =>
		validateFile(schema, readYaml(file, root), relative(root, file));

	const pengantar = load(PengantarSchema, join(dir, 'pengantar.yaml'));
	const tools = existsSync(join(dir, 'tools.yaml')) ? load(ToolsSchema, join(dir, 'tools.yaml')).pages : [];
	const sessions = yamlFiles(join(dir, 'sessions')).map((file) => load(SessionSchema, file));
	sessions.sort((a, b) => a.number - b.number);
	sessions.forEach((s, i) => {
		if (s.number !== i + 1)
			throw new CourseDataError(`content/course/sessions: expected sub-modul-${i + 1}.yaml, found number ${s.number}.`);
	});
	const glossary = yamlFiles(join(dir, 'glossary')).flatMap((file) => load(GlossaryFileSchema, file));
	assertUniqueIds(glossary, 'content/course/glossary');
	glossary.sort((a, b) => a.term.localeCompare(b.term, 'id', { sensitivity: 'base' }));
	const references = load(ReferenceFileSchema, join(dir, 'references.yaml'));
	assertUniqueIds(references, 'content/course/references.yaml');
	const corrections = yamlFiles(join(dir, 'corrections')).map((file) => ({
		file: file.split('/').pop()!.replace(/\.yaml$/, ''),
		entries: load(CorrectionFileSchema, file),
	}));
	assertUniqueIds(corrections.flatMap((group) => group.entries), 'content/course/corrections');
	return { pengantar, sessions, tools, glossary, references, corrections };
}

let cached: CourseData | undefined;

/** The course data, loaded once per build. */
export function getCourse(): CourseData {
	cached ??= loadCourse();
	return cached;
}
