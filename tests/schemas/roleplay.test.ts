import { cpSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CourseDataError } from '../../src/data/course';
import { loadScenarios } from '../../src/data/roleplay';

const real = join(process.cwd(), 'content');

/** A copy of content/roleplay in a temporary root (lessons linked), with one file changed. */
function fixture(change?: { file: string; edit: (data: any) => unknown } | { file: string; text: string }): string {
	const root = mkdtempSync(join(tmpdir(), 'pd-roleplay-'));
	mkdirSync(join(root, 'content'));
	symlinkSync(join(real, 'docs'), join(root, 'content', 'docs'));
	cpSync(join(real, 'roleplay'), join(root, 'content', 'roleplay'), { recursive: true });
	if (change) {
		const path = join(root, 'content', 'roleplay', change.file);
		const text = 'text' in change ? change.text : stringify(change.edit(parse(readFileSync(path, 'utf8'))));
		writeFileSync(path, text);
	}
	return root;
}

describe('role-play scenario files', () => {
	it('load and validate as they are', () => {
		expect(loadScenarios(fixture()).map((s) => s.id)).toEqual(['pembangunan', 'perdagangan', 'investasi']);
	});

	it('name the file and the fix when the points do not add up to 100', () => {
		const root = fixture({
			file: 'pembangunan.yaml',
			edit: (d) => {
				d.items[0].options[0].marvel = 20;
				return d;
			},
		});
		expect(() => loadScenarios(root)).toThrow(CourseDataError);
		expect(() => loadScenarios(root)).toThrow(/content\/roleplay\/pembangunan\.yaml is invalid:[\s\S]*marvel's best option on every item adds up to 90 points, not 100/);
	});

	it('refuse a reservation value below the BATNA', () => {
		const root = fixture({
			file: 'investasi.yaml',
			edit: (d) => {
				d.sides.batman.batna.points = 60;
				return d;
			},
		});
		expect(() => loadScenarios(root)).toThrow(/investasi\.yaml is invalid:[\s\S]*sides\.batman\.reservation: The reservation value \(50\) is below the BATNA's 60 points/);
	});

	it('refuse a scenario where a deal is guaranteed', () => {
		const root = fixture({
			file: 'perdagangan.yaml',
			edit: (d) => {
				d.sides.marvel.reservation = 20;
				d.sides.marvel.batna.points = 10;
				return d;
			},
		});
		expect(() => loadScenarios(root)).toThrow(/perdagangan\.yaml is invalid:[\s\S]*a deal is guaranteed/);
	});

	it('refuse a missing field with its path', () => {
		const root = fixture({
			file: 'perdagangan.yaml',
			edit: (d) => {
				delete d.sides.batman.mandate;
				return d;
			},
		});
		expect(() => loadScenarios(root)).toThrow(/perdagangan\.yaml is invalid:[\s\S]*sides\.batman\.mandate/);
	});

	it('refuse a lesson link to a heading that does not exist', () => {
		const root = fixture({
			file: 'investasi.yaml',
			edit: (d) => {
				d.sides.marvel.constraints[0].lesson = 'sub-modul-4/investasi-asing-di-daerah#tidak-ada';
				return d;
			},
		});
		expect(() => loadScenarios(root)).toThrow(/investasi\.yaml: sides\.marvel\.constraints\.0\.lesson: content\/docs\/sub-modul-4\/investasi-asing-di-daerah\.mdx has no heading with the anchor #tidak-ada/);
		const page = fixture({
			file: 'investasi.yaml',
			edit: (d) => {
				d.sides.marvel.constraints[0].lesson = 'sub-modul-9/tidak-ada';
				return d;
			},
		});
		expect(() => loadScenarios(page)).toThrow(/there is no page content\/docs\/sub-modul-9\/tidak-ada\.mdx/);
	});

	it('refuse two scenarios with the same number, and a missing issue', () => {
		const same = fixture({
			file: 'investasi.yaml',
			edit: (d) => {
				d.number = 1;
				return d;
			},
		});
		expect(() => loadScenarios(same)).toThrow(/content\/roleplay\/pembangunan\.yaml: number 1 is already used by investasi\.yaml|number 1 is already used/);
		const missing = fixture({
			file: 'investasi.yaml',
			edit: (d) => {
				d.issue = 'perdagangan';
				return d;
			},
		});
		expect(() => loadScenarios(missing)).toThrow(/no scenario plays the issue "investasi"/);
	});

	it('name the file when its YAML is malformed', () => {
		const root = fixture({ file: 'pembangunan.yaml', text: 'number: [1\n' });
		expect(() => loadScenarios(root)).toThrow(/content\/roleplay\/pembangunan\.yaml: YAML tidak dapat dibaca/);
	});
});
