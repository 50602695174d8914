import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/chromium';

const chromium = await findChromium();
export const PORT = Number(process.env.PD_TEST_PORT ?? 4390);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 2 : 0,
	timeout: 60_000,
	reporter: process.env.PD_E2E_JSON
		? [['list'], ['json', { outputFile: process.env.PD_E2E_JSON }]]
		: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'id-ID',
		// Every test page would otherwise start the full offline download (300 files) in the
		// background; only the offline test needs the service worker.
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromium.path, args: chromium.args },
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromium.path, args: chromium.args } } }],
	webServer: {
		command: `node tests/e2e/serve.mjs dist ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
