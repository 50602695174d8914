import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CourseDataError } from '../../src/data/course';
import { loadFacilitator } from '../../src/data/facilitator';

const readCourse = (name: string) => readFileSync(join('content', 'course', name), 'utf8');

/** A copy of content/course/ with one file replaced. */
function withFile(name: string, text: string): string {
	const root = mkdtempSync(join(tmpdir(), 'pd-facilitator-'));
	cpSync('content/course', join(root, 'content', 'course'), { recursive: true });
	writeFileSync(join(root, 'content', 'course', name), text);
	return root;
}

describe('facilitator data', () => {
	it('loads the worksheets of the five sessions and the checklist', () => {
		const data = loadFacilitator();
		expect(data.worksheets.map((w) => w.session)).toEqual([1, 2, 3, 4, 5]);
		expect(data.preparation.flatMap((g) => g.items).length).toBeGreaterThan(5);
	});

	it('names the file and the step when a worksheet points to a step its session lacks', () => {
		const worksheets = parse(readCourse('worksheets.yaml'));
		worksheets[1].steps = ['2.9'];
		const root = withFile('worksheets.yaml', stringify(worksheets));
		expect(() => loadFacilitator(root)).toThrow(CourseDataError);
		expect(() => loadFacilitator(root)).toThrow(
			/worksheets\.yaml: session 2 has no step "2\.9" \(it has 2\.1 to 2\.4\)/,
		);
	});

	it('rejects a checklist id used twice', () => {
		const groups = parse(readCourse('preparation.yaml'));
		groups[1].items[0].id = groups[0].items[0].id;
		expect(() => loadFacilitator(withFile('preparation.yaml', stringify(groups)))).toThrow(/used twice/);
	});
});
