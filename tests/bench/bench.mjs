// `npm run bench`: builds the course and, in the same run, a plain Starlight site with no islands
// as the baseline; measures each page type (bytes after gzip, JS against the baseline, Lighthouse
// mobile scores, requests to other origins), the full offline download and the build time; checks
// the budgets; writes reports/bench.md and reports/bench.json and prints the table.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/chromium.ts';
import { PAGE_TYPES, BUDGETS } from './pages.mjs';

const root = resolve('.');
const COURSE_PORT = 4471;
const BASE_PORT = 4472;
const KB = 1024;

function timed(label, command, args, cwd) {
	const started = Date.now();
	const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
	if (r.status !== 0) {
		console.error(r.stdout, r.stderr);
		throw new Error(`${label} failed`);
	}
	return (Date.now() - started) / 1000;
}

function baselineProject() {
	const dir = mkdtempSync(join(tmpdir(), 'pd-baseline-'));
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	mkdirSync(join(dir, 'public'), { recursive: true });
	cpSync(join(root, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
	// The dependencies must be listed: Vite bundles Starlight for the build only when it finds it there.
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'baseline', type: 'module', private: true, dependencies: { astro: '*', '@astrojs/starlight': '*' } }),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Dasar', defaultLocale: 'root', locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } } })] });
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const text = readFileSync(join(root, 'content/docs/sub-modul-1/pengertian-diplomasi.mdx'), 'utf8')
		.replace(/^---[\s\S]*?---/, '---\ntitle: Halaman dasar\ndescription: Halaman Starlight tanpa island sebagai pembanding.\n---')
		.replace(/^import .*$/gm, '')
		.replace(/<[A-Z][\s\S]*?\/>/g, '');
	writeFileSync(join(dir, 'src/content/docs/index.mdx'), text);
	spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
	// Build caches must not be shared with the course through the hard links.
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
	return dir;
}

function serve(dir, port) {
	const server = spawn(process.execPath, [join(root, 'tests/e2e/serve.mjs'), dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((ok) => server.stdout.once('data', () => ok(server)));
}

async function weigh(browser, url) {
	// The service worker is blocked so that the offline download it starts is not counted as the page's.
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const bytes = { html: 0, js: 0, css: 0, other: 0 };
	const foreign = [];
	const pending = [];
	page.on('response', (response) => {
		const u = new URL(response.url());
		if (u.origin !== new URL(url).origin) {
			foreign.push(response.url());
			return;
		}
		pending.push(
			response.body().then(
				(body) => {
					const type = response.headers()['content-type'] ?? '';
					const kind = type.includes('html') ? 'html' : type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : 'other';
					bytes[kind] += gzipSync(body).length;
				},
				() => {},
			),
		);
	});
	page.on('request', (request) => {
		if (!request.url().startsWith('data:') && new URL(request.url()).origin !== new URL(url).origin) foreign.push(request.url());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Scroll through the page so that client:visible islands load, as a reader would.
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += 600) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 50));
		}
	});
	// Then until every island has hydrated and loaded what it loads on its own (an exercise's view).
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return { bytes, foreign: [...new Set(foreign)] };
}

/** Lighthouse varies from run to run (more so on a busy machine): the median of three runs. */
const LIGHTHOUSE_RUNS = 3;

async function audit(url, chromePath) {
	const runs = [];
	for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await auditOnce(url, chromePath));
	runs.sort((a, b) => a.performance - b.performance);
	return { ...runs[Math.floor(runs.length / 2)], performanceRuns: runs.map((r) => r.performance) };
}

async function auditOnce(url, chromePath) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		const lhr = result.lhr;
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
			tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
			cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
		};
	} finally {
		await chrome.kill();
	}
}

const kb = (n) => `${(n / KB).toFixed(1)}`;

async function main() {
	const startLoad = loadavg()[0];
	const found = await findChromium();
	console.log(`Chromium: ${found.source}`);
	console.log('Building the course…');
	const buildSeconds = timed('course build', 'astro', ['build'], root);
	console.log('Building the plain Starlight baseline…');
	const baseDir = baselineProject();
	const baselineSeconds = timed('baseline build', 'astro', ['build'], baseDir);

	const course = await serve(join(root, 'dist'), COURSE_PORT);
	const baseline = await serve(join(baseDir, 'dist'), BASE_PORT);
	const browser = await chromium.launch({ executablePath: found.path, args: found.args });
	const rows = [];
	try {
		const base = await weigh(browser, `http://127.0.0.1:${BASE_PORT}/`);
		const baseLh = await audit(`http://127.0.0.1:${BASE_PORT}/`, found.path);
		rows.push({ type: 'baseline (plain Starlight)', path: '/', ...base, lighthouse: baseLh, baseline: true });
		for (const { type, path, budget } of PAGE_TYPES) {
			if (!existsSync(join(root, 'dist', path, 'index.html'))) {
				rows.push({ type, path, missing: true });
				continue;
			}
			const url = `http://127.0.0.1:${COURSE_PORT}${path}`;
			console.log(`Measuring ${type}: ${path}`);
			const weighed = await weigh(browser, url);
			rows.push({ type, path, budget, ...weighed, lighthouse: await audit(url, found.path) });
		}
	} finally {
		await browser.close();
		course.kill();
		baseline.kill();
		rmSync(baseDir, { recursive: true, force: true });
	}

	const offline = JSON.parse(readFileSync(join(root, 'dist/offline.json'), 'utf8'));
	const baseJs = rows[0].bytes.js;
	const checks = [];
	for (const row of rows.slice(1)) {
		if (row.missing) continue;
		const lh = row.lighthouse;
		checks.push([`${row.type}: Lighthouse performance ≥ ${BUDGETS.performance}`, lh.performance >= BUDGETS.performance, `${lh.performance}`]);
		checks.push([`${row.type}: Lighthouse accessibility = 100`, lh.accessibility === 100, `${lh.accessibility}`]);
		const extra = BUDGETS.extraJsKb[row.budget];
		if (extra !== undefined)
			checks.push([`${row.type}: JS ≤ baseline + ${extra} KB gzip`, row.bytes.js - baseJs <= extra * KB, `${row.bytes.js >= baseJs ? '+' : '−'}${kb(Math.abs(row.bytes.js - baseJs))} KB`]);
		checks.push([`${row.type}: no request to another origin`, row.foreign.length === 0, row.foreign.join(' ') || 'none']);
	}
	checks.push([`offline download ≤ ${BUDGETS.offlineMb} MB`, offline.transferBytes <= BUDGETS.offlineMb * 1e6, `${(offline.transferBytes / 1e6).toFixed(2)} MB gzip (${(offline.bytes / 1e6).toFixed(2)} MB on disk, ${offline.count} files)`]);

	const table = [
		'| page type | path | HTML KB | JS KB | CSS KB | JS × baseline | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |',
		'|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...rows.map((r) =>
			r.missing
				? `| ${r.type} | ${r.path} | not built | | | | | | | | | | |`
				: `| ${r.type} | ${r.path} | ${kb(r.bytes.html)} | ${kb(r.bytes.js)} | ${kb(r.bytes.css)} | ${(r.bytes.js / Math.max(baseJs, 1)).toFixed(2)} | ${r.lighthouse.performance} | ${r.lighthouse.accessibility} | ${r.lighthouse.bestPractices} | ${r.lighthouse.seo} | ${r.lighthouse.lcp} | ${r.lighthouse.tbt} | ${r.lighthouse.cls} |`,
		),
	].join('\n');
	const budgetLines = checks.map(([name, ok, value]) => `- ${ok ? 'PASS' : 'FAIL'} ${name} — ${value}`).join('\n');
	const failed = checks.filter(([, ok]) => !ok).length;
	const report = `# Benchmark\n\n${new Date().toISOString()} · Chromium from ${found.source} · Lighthouse mobile (simulated throttling), median of ${LIGHTHOUSE_RUNS} runs; load average at the start ${startLoad.toFixed(1)} on ${cpus().length} cores\n\nBytes are after gzip, as transferred. Course build ${buildSeconds.toFixed(1)} s; baseline build ${baselineSeconds.toFixed(1)} s.\nFull offline download: ${(offline.transferBytes / 1e6).toFixed(2)} MB gzip (${offline.count} files).\n\n${table}\n\n## Budgets\n\n${budgetLines}\n\n${checks.length - failed} passed, ${failed} failed\n`;
	mkdirSync(join(root, 'reports'), { recursive: true });
	writeFileSync(join(root, 'reports/bench.md'), report);
	writeFileSync(join(root, 'reports/bench.json'), JSON.stringify({ buildSeconds, baselineSeconds, offline, rows, checks: checks.map(([name, ok, value]) => ({ name, ok, value })) }, null, 2));
	console.log(`\n${report}`);
	console.log('Written: reports/bench.md, reports/bench.json');
	process.exitCode = failed > 0 ? 1 : 0;
}

await main();
