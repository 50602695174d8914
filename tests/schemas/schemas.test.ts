import { describe, expect, it } from 'vitest';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';
import { SessionSchema } from '../../src/schemas/session';
import { GlossaryEntrySchema } from '../../src/schemas/glossary';
import { ReferenceSchema } from '../../src/schemas/reference';
import { CorrectionSchema } from '../../src/schemas/correction';
import { UiStringsSchema } from '../../src/schemas/ui-strings';
import id from '../../content/i18n/id.json';

const lesson = {
	kind: 'lesson',
	submodule: 1,
	objective: 'Setelah mempelajari halaman ini, Anda dapat menjelaskan diplomasi.',
	minutes: 7,
	keyTerms: ['diplomasi'],
};

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
	return result.error?.issues.map((i) => i.message).join(' | ') ?? '';
}

describe('lesson frontmatter', () => {
	it('accepts a complete lesson', () => {
		expect(LessonFrontmatterSchema.safeParse(lesson).success).toBe(true);
	});

	it('accepts a plain page with no lesson fields', () => {
		const parsed = LessonFrontmatterSchema.parse({});
		expect(parsed.kind).toBe('page');
		expect(parsed.keyTerms).toEqual([]);
	});

	it('rejects a lesson without an objective, and says what to add', () => {
		const result = LessonFrontmatterSchema.safeParse({ ...lesson, objective: undefined });
		expect(result.success).toBe(false);
		expect(messages(result)).toMatch(/objective: Setelah mempelajari/);
	});

	it('rejects reading times outside 5 to 10 minutes for a lesson', () => {
		expect(LessonFrontmatterSchema.safeParse({ ...lesson, minutes: 4 }).success).toBe(false);
		expect(messages(LessonFrontmatterSchema.safeParse({ ...lesson, minutes: 12 }))).toMatch(/split/);
		expect(LessonFrontmatterSchema.safeParse({ ...lesson, minutes: 10 }).success).toBe(true);
	});

	it('requires key terms and a sub-module on a lesson, and a sub-module on an overview', () => {
		expect(messages(LessonFrontmatterSchema.safeParse({ ...lesson, keyTerms: [] }))).toMatch(/keyTerms/);
		expect(messages(LessonFrontmatterSchema.safeParse({ ...lesson, submodule: undefined }))).toMatch(/submodule/);
		expect(LessonFrontmatterSchema.safeParse({ kind: 'overview' }).success).toBe(false);
		expect(LessonFrontmatterSchema.safeParse({ kind: 'overview', submodule: 2 }).success).toBe(true);
	});

	it('rejects an unknown kind, a sub-module 6 and a key term that is not an id', () => {
		expect(LessonFrontmatterSchema.safeParse({ ...lesson, kind: 'kuis' }).success).toBe(false);
		expect(LessonFrontmatterSchema.safeParse({ ...lesson, submodule: 6 }).success).toBe(false);
		expect(LessonFrontmatterSchema.safeParse({ ...lesson, keyTerms: ['Soft Power'] }).success).toBe(false);
	});
});

describe('session', () => {
	const session = {
		number: 1,
		title: 'Diplomasi dan Paradiplomasi',
		minutes: 90,
		description: 'Mendefinisikan diplomasi dan paradiplomasi.',
		goal: 'Peserta memahami konsep.',
		media: ['Flip chart'],
		methods: ['Diskusi'],
		process: [
			{ title: 'Curah pendapat', minutes: 30, detail: 'Peserta menulis di kertas plano.' },
			{ title: 'Materi', minutes: 60, detail: 'Fasilitator menyampaikan materi.' },
		],
		lessons: ['pengertian-diplomasi'],
	};

	it('accepts a session whose process adds up to 90 minutes', () => {
		const parsed = SessionSchema.parse(session);
		expect(parsed.process[0]!.fromModule).toBe(false);
	});

	it('rejects a process that does not add up to 90, naming the total', () => {
		const result = SessionSchema.safeParse({ ...session, process: session.process.slice(0, 1) });
		expect(result.success).toBe(false);
		expect(messages(result)).toMatch(/add up to 30, not 90/);
	});

	it('rejects a session that is not 90 minutes long, and a lesson slug with capitals', () => {
		expect(SessionSchema.safeParse({ ...session, minutes: 60 }).success).toBe(false);
		expect(SessionSchema.safeParse({ ...session, lessons: ['Pengertian'] }).success).toBe(false);
	});
});

describe('glossary, references, corrections', () => {
	it('accepts a glossary entry and rejects a bad link', () => {
		const entry = { id: 'afta', term: 'AFTA', expansion: 'ASEAN Free Trade Area', definition: 'Kawasan perdagangan bebas ASEAN.', taught: '/sub-modul-3/globalisasi/#kawasan' };
		expect(GlossaryEntrySchema.safeParse(entry).success).toBe(true);
		expect(GlossaryEntrySchema.safeParse({ ...entry, taught: 'sub-modul-3/globalisasi' }).success).toBe(false);
		expect(messages(GlossaryEntrySchema.safeParse({ ...entry, taught: '/sub-modul-3/globalisasi' }))).toMatch(/absolute course link/);
		expect(GlossaryEntrySchema.safeParse({ ...entry, id: 'AFTA' }).success).toBe(false);
	});

	it('accepts a reference and rejects an unknown origin or a bad URL', () => {
		const ref = { id: 'kuznetsov-2015', citation: 'Kuznetsov, A. S. (2015). *Theory and Practice of Paradiplomacy*. Routledge.', origin: 'module' };
		expect(ReferenceSchema.safeParse(ref).success).toBe(true);
		expect(ReferenceSchema.safeParse({ ...ref, origin: 'web' }).success).toBe(false);
		expect(ReferenceSchema.safeParse({ ...ref, url: 'shorturl' }).success).toBe(false);
	});

	it('accepts a correction and requires its basis', () => {
		const c = { id: 'bintan', where: 'Daftar Gambar', source: 'Bintang', correction: 'Bintan', basis: 'seed', lesson: '/sub-modul-3/' };
		expect(CorrectionSchema.safeParse(c).success).toBe(true);
		expect(CorrectionSchema.safeParse({ ...c, basis: undefined }).success).toBe(false);
	});
});

describe('interface strings', () => {
	it('the Indonesian strings file has every string the course uses', () => {
		expect(UiStringsSchema.safeParse(id).success).toBe(true);
	});

	it('has Indonesian search strings for Pagefind', () => {
		expect(id['pagefind.one_result']).toMatch(/hasil/);
		expect(id['pagefind.zero_results']).toMatch(/Tidak ada hasil/);
	});
});
