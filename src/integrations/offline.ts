/**
 * Makes the built course work offline: after the build (and after Starlight's Pagefind index),
 * lists every page and asset with workbox-build, writes the service worker (src/offline/sw.js with
 * that list) and offline.json, which tells the page how large the full download is.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { getManifest } from 'workbox-build';

export interface OfflineEntry {
	url: string;
	revision: string;
	size: number;
}

/** "sub-modul-1/index.html" → "/sub-modul-1/", the URL the course links to. */
export function publicUrl(file: string): string {
	if (file === 'index.html') return '/';
	return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export default function offline(): AstroIntegration {
	return {
		name: 'paradiplomasi:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { manifestEntries, warnings } = await getManifest({
					globDirectory: root,
					globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,json,pf_meta,pf_fragment,pf_index,pagefind,wasm,woff2}'],
					// Pagefind's other UIs are not used by Starlight.
					globIgnores: ['sw.js', 'offline.json', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'],
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
				});
				for (const w of warnings) logger.warn(w);
				let transferBytes = 0;
				const entries: OfflineEntry[] = (manifestEntries ?? []).map((e) => {
					const body = readFileSync(join(root, e.url));
					transferBytes += gzipSync(body).length;
					return { url: publicUrl(e.url), revision: e.revision ?? e.url, size: body.length };
				});
				entries.sort((a, b) => a.url.localeCompare(b.url));
				const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
				const source = readFileSync(new URL('../offline/sw.js', import.meta.url), 'utf8');
				writeFileSync(
					join(root, 'sw.js'),
					source.replace('__OFFLINE_MANIFEST__', JSON.stringify(entries)).replace('__OFFLINE_VERSION__', JSON.stringify(version)),
				);
				const bytes = entries.reduce((n, e) => n + e.size, 0);
				writeFileSync(join(root, 'offline.json'), JSON.stringify({ version, count: entries.length, bytes, transferBytes }));
				logger.info(`offline: ${entries.length} files, ${(bytes / 1e6).toFixed(2)} MB (${(transferBytes / 1e6).toFixed(2)} MB gzip), version ${version}`);
			},
		},
	};
}
