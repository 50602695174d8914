/**
 * Adds the projector view of every lesson, /proyeksi/<lesson-id>/, as pages of their own: a
 * lesson's MDX rendered a second time inside a minimal layout with no Starlight chrome (no second
 * copy of the content), split into slides in the browser. An integration rather than a `pages/`
 * folder, since the site's srcDir is the repository root.
 */
import type { AstroIntegration } from 'astro';

export default function projector(): AstroIntegration {
	return {
		name: 'paradiplomasi:projector',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({
					pattern: '/proyeksi/[...lesson]',
					entrypoint: './src/components/projector/ProjectorPage.astro',
					prerender: true,
				});
			},
		},
	};
}
