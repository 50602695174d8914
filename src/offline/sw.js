/* Service worker of the course. The build (src/integrations/offline.ts) fills in MANIFEST
 * with the list of every page and asset ({ url, revision, size }) and VERSION with a
 * hash of that list.
 *
 * Nothing is downloaded at install: the page asks for the download ("download" message), after
 * showing its size, and receives progress messages. Entries whose revision did not change are
 * copied from the previous version's cache, so an update only fetches what changed. Requests are
 * answered from the cache first and from the network otherwise; saved progress lives in
 * localStorage, which a new version never touches. */
const MANIFEST = __OFFLINE_MANIFEST__;
const VERSION = __OFFLINE_VERSION__;
const CACHE = `paradiplomasi-${VERSION}`;
const COMPLETE = '/__offline-complete__';
const PREFIX = 'paradiplomasi-';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
			let wasComplete = false;
			for (const name of names) {
				const old = await caches.open(name);
				if (await old.match(COMPLETE)) wasComplete = true;
			}
			if (wasComplete) await download(names);
			await Promise.all(names.map((n) => caches.delete(n)));
			broadcast({ type: 'activated', version: VERSION, updated: names.length > 0 });
		})(),
	);
});

async function broadcast(message) {
	for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

function keyOf(entry) {
	return new Request(entry.url);
}

async function download(previous = []) {
	const cache = await caches.open(CACHE);
	const total = MANIFEST.length;
	const totalBytes = MANIFEST.reduce((n, e) => n + e.size, 0);
	let done = 0;
	let doneBytes = 0;
	let failed = 0;
	const olds = await Promise.all(previous.map((n) => caches.open(n)));
	const queue = [...MANIFEST];
	async function worker() {
		for (let entry = queue.shift(); entry; entry = queue.shift()) {
			const key = keyOf(entry);
			let ok = Boolean(await cache.match(key));
			if (!ok) {
				for (const old of olds) {
					const hit = await old.match(key);
					if (hit && hit.headers.get('x-revision') === String(entry.revision)) {
						await cache.put(key, hit);
						ok = true;
						break;
					}
				}
			}
			if (!ok) {
				try {
					const response = await fetch(entry.url, { cache: 'no-cache' });
					if (!response.ok) throw new Error(String(response.status));
					const headers = new Headers(response.headers);
					headers.set('x-revision', String(entry.revision));
					await cache.put(key, new Response(await response.blob(), { status: 200, headers }));
					ok = true;
				} catch {
					failed++;
				}
			}
			done++;
			doneBytes += entry.size;
			if (done % 5 === 0 || done === total) broadcast({ type: 'progress', done, total, doneBytes, totalBytes });
		}
	}
	await Promise.all([worker(), worker(), worker(), worker()]);
	if (failed === 0) await cache.put(COMPLETE, new Response(VERSION));
	broadcast({ type: failed === 0 ? 'complete' : 'incomplete', failed, total, version: VERSION });
}

async function status() {
	const cache = await caches.open(CACHE);
	return { type: 'status', complete: Boolean(await cache.match(COMPLETE)), version: VERSION };
}

self.addEventListener('message', (event) => {
	const type = event.data && event.data.type;
	if (type === 'download') event.waitUntil(download());
	if (type === 'status') event.waitUntil(status().then((s) => event.source && event.source.postMessage(s)));
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pagefind adds a cache-busting "?ts=" to its index; pages may carry tracking queries.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') {
					const fallback = await cache.match('/404.html');
					if (fallback) return fallback;
				}
				throw error;
			}
		})(),
	);
});
