// A small static server for the built site (dist/), as a static host serves it: directories
// answer with their index.html, unknown paths with 404.html and status 404, and text is sent
// gzip-compressed when the browser accepts it (every static host does; the benchmark's Lighthouse
// runs would otherwise weigh the pages uncompressed). No dependencies.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4390);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
};

async function resolveFile(pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, safe);
	if (!file.startsWith(root)) return undefined;
	try {
		const info = await stat(file);
		if (info.isDirectory()) file = join(file, 'index.html');
		const { mtimeMs, size } = await stat(file);
		return { file, version: `${mtimeMs}:${size}` };
	} catch {
		return undefined;
	}
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;
/** The compressed body of each file with the version it was made from: a rebuild is seen at once. */
const gzipped = new Map();

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const found = await resolveFile(url.pathname);
	if (!found) {
		res.writeHead(404, { 'content-type': types['.html'] });
		res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
		return;
	}
	const { file, version } = found;
	const type = types[extname(file)] ?? 'application/octet-stream';
	const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
	if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		let cached = gzipped.get(file);
		if (cached?.version !== version) {
			cached = { version, body: gzipSync(await readFile(file)) };
			gzipped.set(file, cached);
		}
		res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
		res.end(cached.body);
		return;
	}
	res.writeHead(200, headers);
	res.end(await readFile(file));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
