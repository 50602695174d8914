/**
 * Loads the role-play scenarios in content/roleplay/*.yaml at build time (Node only). Every
 * problem names the file and what to fix, and stops the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { ISSUES, ScenarioSchema, SIDES, type Scenario } from '../schemas/roleplay';
import { CourseDataError, validateFile } from './course';

export interface LoadedScenario extends Scenario {
	/** The file's base name, e.g. "pembangunan": the scenario's id in URLs and saved sessions. */
	id: string;
}

/** The heading anchors of an MDX page, as Starlight writes them. */
function anchorsOf(file: string): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	let fenced = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('```')) fenced = !fenced;
		const heading = !fenced && /^#{2,6}\s+(.+)$/.exec(line);
		if (heading) anchors.add(slugger.slug(heading[1]!.replace(/[*_`]/g, '').trim()));
	}
	return anchors;
}

function checkLessonLinks(scenario: Scenario, file: string, root: string): void {
	for (const side of SIDES)
		scenario.sides[side].constraints.forEach((c, i) => {
			const [path, anchor] = c.lesson.split('#') as [string, string | undefined];
			const page = ['.mdx', '/index.mdx'].map((ext) => join(root, 'content', 'docs', path + ext)).find((p) => existsSync(p));
			const where = `${file}: sides.${side}.constraints.${i}.lesson`;
			if (!page) throw new CourseDataError(`${where}: there is no page content/docs/${path}.mdx; link to an existing lesson.`);
			if (anchor && !anchorsOf(page).has(anchor))
				throw new CourseDataError(`${where}: content/docs/${path}.mdx has no heading with the anchor #${anchor}; check the heading's wording.`);
		});
}

export function loadScenarios(root = process.cwd()): LoadedScenario[] {
	const dir = join(root, 'content', 'roleplay');
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
	const scenarios = files.map((name): LoadedScenario => {
		const file = `content/roleplay/${name}`;
		const id = name.replace(/\.yaml$/, '');
		if (!/^[a-z0-9-]+$/.test(id)) throw new CourseDataError(`${file}: name the file in lower case with hyphens only, e.g. "investasi.yaml".`);
		let data: unknown;
		try {
			data = parse(readFileSync(join(dir, name), 'utf8'));
		} catch (error) {
			throw new CourseDataError(`${file}: YAML tidak dapat dibaca (${(error as Error).message}).`);
		}
		const scenario = validateFile(ScenarioSchema, data, file);
		checkLessonLinks(scenario, file, root);
		return { id, ...scenario };
	});
	const numbers = new Map<number, string>();
	for (const s of scenarios) {
		const other = numbers.get(s.number);
		if (other) throw new CourseDataError(`content/roleplay/${s.id}.yaml: number ${s.number} is already used by ${other}.yaml; give each scenario its own number.`);
		numbers.set(s.number, s.id);
	}
	for (const issue of ISSUES)
		if (!scenarios.some((s) => s.issue === issue))
			throw new CourseDataError(`content/roleplay: no scenario plays the issue "${issue}"; the module's role-play needs all three issues.`);
	return scenarios.sort((a, b) => a.number - b.number);
}

let cached: LoadedScenario[] | undefined;

/** The scenarios, loaded once per build, ordered by number. */
export function getScenarios(): LoadedScenario[] {
	cached ??= loadScenarios();
	return cached;
}
