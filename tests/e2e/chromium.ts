/**
 * Finds a Chromium without downloading one: $CHROMIUM_PATH, then /usr/bin/chromium, then the
 * headless Chromium shipped inside the npm package @sparticuz/chromium (unpacked on first use).
 * PD_BROWSER=sparticuz skips the first two, to check the fallback on a machine that has both.
 */
import { existsSync } from 'node:fs';

const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

export interface FoundChromium {
	path: string;
	args: string[];
	source: string;
}

export async function findChromium(): Promise<FoundChromium> {
	if (process.env.PD_BROWSER !== 'sparticuz') {
		const fromEnv = process.env.CHROMIUM_PATH;
		if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, args: FLAGS, source: 'CHROMIUM_PATH' };
		if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: FLAGS, source: '/usr/bin/chromium' };
	}
	const { default: sparticuz } = await import('@sparticuz/chromium');
	const path = await sparticuz.executablePath();
	return { path, args: FLAGS, source: '@sparticuz/chromium' };
}
