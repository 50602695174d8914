/** Every page of the built site, as paths ("/", "/sub-modul-1/…/"), read from dist/. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function builtPages(root = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string, path: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name.startsWith('_') || name === 'pagefind') continue;
				walk(full, `${path}${name}/`);
			} else if (name === 'index.html') pages.push(path);
		}
	};
	walk(root, '/');
	return pages.sort();
}
