/** Builds Starlight's sidebar from the course outline, so that the reading order lives in content/course/. */
import type { CourseData } from './course';

type SidebarItem =
	| { slug: string; label?: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean; badge?: { text: string; variant: 'note' } };

export function buildSidebar(course: CourseData, strings: { pengantar: string; overview: string; tools: string; references: string; minutes: string }): SidebarItem[] {
	return [
		{ label: strings.pengantar, items: course.pengantar.lessons.map((slug) => ({ slug: `pengantar/${slug}` })) },
		...course.sessions.map((s) => ({
			label: `Sub-modul ${s.number}: ${s.title}`,
			badge: { text: strings.minutes.replace('{{minutes}}', String(s.minutes)), variant: 'note' as const },
			collapsed: true,
			items: [
				{ slug: `sub-modul-${s.number}`, label: strings.overview },
				...s.lessons.map((slug) => ({ slug: `sub-modul-${s.number}/${slug}` })),
			],
		})),
		...(course.tools.length > 0 ? [{ label: strings.tools, items: course.tools.map((slug) => ({ slug })) }] : []),
		{ label: strings.references, items: [{ slug: 'glosarium' }, { slug: 'referensi' }, { slug: 'catatan-penyuntingan' }] },
	];
}
