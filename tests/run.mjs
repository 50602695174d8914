// `npm test`: type check, unit and content tests, production build, browser tests. Every step
// runs (the browser tests need the build), and the run closes with one line that counts them all:
// "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function run(label, command, args, env = {}) {
	console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const ok = result.status === 0;
	lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
	return ok;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function step(label, command, args) {
	const ok = run(label, command, args);
	ok ? passed++ : failed++;
	return ok;
}

step('type check (astro sync)', 'astro', ['sync']) && step('type check (tsc)', 'tsc', ['--noEmit']);

const unitOk = run('unit and content tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]);
const unit = readJson(`${out}/vitest.json`);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
	skipped += unit.numPendingTests + unit.numTodoTests;
} else if (!unitOk) failed++;

if (step('production build', 'astro', ['build'])) {
	const e2eOk = run('browser tests', 'playwright', ['test'], { PD_E2E_JSON: `${out}/playwright.json` });
	const e2e = readJson(`${out}/playwright.json`);
	if (e2e?.stats) {
		passed += e2e.stats.expected + e2e.stats.flaky;
		failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
		skipped += e2e.stats.skipped;
	} else if (!e2eOk) failed++;
} else {
	lines.push('skip browser tests (the build failed)');
	failed++;
}

console.log(`\n${lines.join('\n')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
