// The course after one visit: every page and the search work with the server gone, and saved
// progress survives a new version of the service worker.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.PD_TEST_PORT ?? 4390) + 50;
const base = `http://127.0.0.1:${PORT}`;

async function serve(root: string): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['tests/e2e/serve.mjs', root, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
	return server;
}

function stop(server: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (server.exitCode !== null || server.signalCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill();
	});
}

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

test('after one visit the course works with the server gone', async ({ page }) => {
	test.setTimeout(150_000);
	const root = mkdtempSync(join(tmpdir(), 'pd-offline-'));
	cpSync('dist', root, { recursive: true });
	let server = await serve(root);
	try {
		await page.goto(`${base}/`);
		const status = page.locator('.pd-offline').last();
		await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
		await expect(status).toContainText('Siap dipakai offline');

		await page.goto(`${base}/pengantar/tentang-modul/`);
		await page.getByRole('button', { name: 'Tandai selesai' }).scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('button', { name: 'Tandai selesai' }).click();

		await stop(server);
		await expect((await page.request.get(`${base}/`).catch(() => null))?.ok() ?? false).toBe(false);

		await page.goto(`${base}/sub-modul-3/model-bali/`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Bali');
		await page.goto(`${base}/sub-modul-4/`);
		await expect(page.locator('.pd-process li').first()).toBeVisible();

		await page.getByRole('button', { name: 'Cari' }).click();
		await page.locator('.pagefind-ui__search-input').fill('Rotterdam');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();

		await page.goto(`${base}/`);
		await expect(page.getByRole('heading', { name: /^1 dari \d+ pelajaran selesai$/ })).toBeVisible();

		// A new version: the service worker changes, the learner's progress stays.
		const sw = join(root, 'sw.js');
		writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-baru"'));
		server = await serve(root);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.locator('.pd-offline').last()).toHaveAttribute('data-state', /updated|ready/, { timeout: 30_000 });
		await page.reload();
		await expect(page.getByRole('heading', { name: /^1 dari \d+ pelajaran selesai$/ })).toBeVisible();
		const version = await page.evaluate(async () => (await caches.keys()).join(' '));
		expect(version).toContain('-baru');
	} finally {
		await stop(server).catch(() => {});
	}
});
