// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { loadCourse } from './src/data/course.ts';
import { buildSidebar } from './src/data/sidebar.ts';
import projector from './src/integrations/projector.ts';
import offline from './src/integrations/offline.ts';
import csp from './src/integrations/csp.ts';
import { clientChunks } from './src/integrations/chunks.ts';

// Authored material lives at the top level: content/docs (pages), content/i18n (UI strings),
// content/course (syllabus data). Starlight reads <srcDir>/content, hence srcDir '.'.
const course = loadCourse();
const ui = JSON.parse(readFileSync(new URL('./content/i18n/id.json', import.meta.url), 'utf8'));

export default defineConfig({
	site: 'http://localhost:4321',
	srcDir: '.',
	trailingSlash: 'always',
	server: { port: 4321 },
	vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientChunks } } } } } },
	integrations: [
		starlight({
			title: ui['paradiplomasi.siteTitle'],
			description: ui['paradiplomasi.siteDescription'],
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
			favicon: '/favicon.svg',
			head: [
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b6e66' } },
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
			],
			customCss: ['./src/styles/course.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				Pagination: './src/components/overrides/Pagination.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				Search: './src/components/overrides/Search.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				SocialIcons: './src/components/overrides/SocialIcons.astro',
			},
			sidebar: buildSidebar(course, {
				pengantar: ui['paradiplomasi.sidebar.pengantar'],
				overview: ui['paradiplomasi.sidebar.overview'],
				tools: ui['paradiplomasi.sidebar.tools'],
				references: ui['paradiplomasi.sidebar.references'],
				minutes: ui['paradiplomasi.sidebar.minutes'],
			}),
		}),
		preact(),
		projector(),
		// Last, in this order: the policy goes into the final HTML, then the offline list is made
		// of the final files, Pagefind's index (written by Starlight after the build) included.
		csp(),
		offline(),
	],
});
