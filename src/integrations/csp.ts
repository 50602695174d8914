/**
 * Adds a Content-Security-Policy to every built page: scripts only from this origin or inline
 * scripts the build itself wrote (each allowed by its SHA-256 hash), no request to any other
 * origin. Text a learner types can therefore never run as a script, even if it reached the HTML.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1] ?? '';
		if (/type="(application\/(ld\+)?json|text\/template)"/.test(attrs)) continue;
		hashes.add(`'sha256-${createHash('sha256').update(m[2] ?? '').digest('base64')}'`);
	}
	return [...hashes].sort();
}

export function policy(scriptHashes: string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"media-src 'self' blob:",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** Puts the policy first in <head>, before any script it governs. */
export function withPolicy(html: string): string {
	if (html.includes('http-equiv="content-security-policy"')) return html;
	const meta = `<meta http-equiv="content-security-policy" content="${policy(inlineScriptHashes(html))}">`;
	return html.replace(/<head>/, `<head>${meta}`);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
	});
}

export default function csp(): AstroIntegration {
	return {
		name: 'paradiplomasi:csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const files = htmlFiles(fileURLToPath(dir));
				for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
				logger.info(`content security policy added to ${files.length} pages`);
			},
		},
	};
}
