// The page types the benchmark measures, and the budgets it checks (issue: offline and light).
export const PAGE_TYPES = [
	{ type: 'home', path: '/', budget: 'lesson' },
	{ type: 'lesson with exercises', path: '/sub-modul-3/perbandingan-model/', budget: 'lesson' },
	{ type: 'quiz', path: '/kuis/pre-test/', budget: 'tool' },
	{ type: 'role-play facilitator', path: '/permainan-peran/', budget: 'tool' },
	{ type: 'role-play debrief', path: '/permainan-peran/refleksi/', budget: 'tool' },
	{ type: 'run sheet', path: '/fasilitator/agenda/', budget: 'tool' },
	{ type: 'projector view', path: '/proyeksi/sub-modul-3/model-bali/', budget: 'tool' },
];

export const BUDGETS = {
	performance: 98,
	offlineMb: 3,
	/** Extra JS over the plain Starlight baseline, KB after gzip. */
	extraJsKb: { lesson: 20, tool: 45 },
};
