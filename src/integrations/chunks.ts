/**
 * How the browser code is split into files. Left to itself, the bundler cuts the islands' shared
 * code into dozens of files under a kilobyte; each costs a request on a slow phone and compresses
 * worse than one file (a lesson page loaded 38 files). Three groups instead, each loaded only by
 * pages that use it (`npm run bench` measures the result against plain Starlight):
 * - preact: the island runtime (Preact, Astro's Preact client, the nanostores binding);
 * - core: what every page runs to keep progress (stores, progress engine, validators);
 * - exercises: what every exercise shares (runners, grading, saving); the views of each type and
 *   the print/export/import actions stay in their own files, loaded when needed.
 */
const sep = String.raw`[\\/]`;
const under = (dir: string, names: string[]) => `${dir.replaceAll('/', sep)}${sep}(${names.join('|')})`;
const inSrc = (parts: string[]) => new RegExp(`${sep}src${sep}(${parts.join('|')})\\.tsx?$`);
const inModules = (names: string[]) => new RegExp(`node_modules${sep}(${names.map((n) => n.replace('/', sep)).join('|')})${sep}`);

const preact = inModules(['preact', '@astrojs/preact', '@nanostores/preact']);
const islandRuntime = inSrc([under('islands', ['use-client-store'])]);
/** The bundler's own helpers, needed by every page with a module script. */
const bundlerRuntime = /^\0?rolldown[\\/]runtime/;
const core = inSrc([
	under('stores', ['storage-status', 'slice-store', 'lesson-progress', 'backups']),
	under('engine', ['progress']),
	under('schemas', ['guard', 'progress', 'learner']),
	under('data', ['format']),
]);
const coreModules = inModules(['nanostores', '@nanostores/persistent']);
const exercises = inSrc([
	// Not transfer.ts (the print/export/import actions, loaded on demand) nor board.ts (the
	// brainstorm board's own).
	`${under('engine', ['exercises'])}${sep}(?!transfer|board)[\\w-]+`,
	under('islands/exercises', ['Exercise', 'GradedRunner', 'OpenRunner', 'OpenTools', 'ResetButton', 'Rich', 'labels']),
	under('stores', ['exercise-results']),
	under('schemas', ['exercise-answer']),
	under('engine', ['random']),
]);

const matches = (...patterns: RegExp[]) => (id: string) => patterns.some((p) => p.test(id));

/** Rolldown's `output.codeSplitting` for the client build. */
export const clientChunks = {
	groups: [
		{ name: 'preact', test: matches(preact, islandRuntime), priority: 30 },
		{ name: 'core', test: matches(core, coreModules, bundlerRuntime), priority: 20 },
		{ name: 'exercises', test: matches(exercises), priority: 10 },
	],
};
