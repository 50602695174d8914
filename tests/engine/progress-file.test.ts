import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/engine/checksum';
import {
	MAX_PROGRESS_CHARS,
	PROGRESS_FORMAT,
	decodeProgressFile,
	encodeProgressFile,
	mergeChangesNothing,
	mergeProgress,
	progressFileName,
	progressSlices,
	type SliceData,
} from '../../src/engine/progress-file';
import { setLessonDone, visitLesson } from '../../src/engine/progress';

const NOW = Date.UTC(2026, 10, 23, 9, 30);

const sample: SliceData = {
	lessons: setLessonDone(visitLesson({}, 'pengantar/tentang-modul', 100), 'sub-modul-1/pengertian-diplomasi', true, 200),
	exercises: { 'sm1-urutan-sejarah': { answer: [2, 0, 1], score: 4, max: 6, completed: true, attempts: 2, updatedAt: 300 } },
	quizzes: {
		'pre-test': {
			attempts: [{ startedAt: 400, finishedAt: 500, seed: 7, itemIds: ['a', 'b'], answers: { a: 1, b: [0, 2] }, score: 1, max: 2 }],
			updatedAt: 500,
		},
	},
	roleplay: {
		pembangunan: {
			attempts: [
				{
					side: 'marvel',
					level: 'tegas',
					seed: 3,
					outcome: 'deal',
					options: [0, 2, 1],
					learner: 48,
					counterpart: 40,
					met: ['prepOk'],
					missed: [],
					finishedAt: 600,
				},
			],
			updatedAt: 600,
		},
	},
	learner: { peserta: { name: 'Siti <b>Aminah</b>', nip: '19800101 200501 2 001', agency: 'Bappeda NTB', updatedAt: 700 } },
};

/** A file whose content was changed and whose check was made to fit again, as a careful forger would. */
function refit(file: Record<string, unknown>): string {
	const { checksum: _, ...body } = file;
	return JSON.stringify({ ...body, checksum: checksumOf(body) });
}

describe('progress file: encode and decode', () => {
	it('round-trips every slice exactly, with the export time', () => {
		const decoded = decodeProgressFile(encodeProgressFile(sample, NOW));
		expect(decoded).toEqual({ ok: true, exportedAt: NOW, slices: sample });
	});

	it('carries the format name, a version, the slices with their versions and a check', () => {
		const file = JSON.parse(encodeProgressFile(sample, NOW));
		expect(file.format).toBe('paradiplomasi-progres');
		expect(file.version).toBe(1);
		expect(file.exportedAt).toBe('2026-11-23T09:30:00.000Z');
		expect(Object.keys(file.slices)).toEqual(progressSlices.map((s) => s.name));
		expect(file.slices.lessons.v).toBe(1);
		expect(file.checksum).toMatch(/^[0-9a-f]{8}$/);
	});

	it('writes empty slices for what the learner has not done, and reads them back as empty', () => {
		const decoded = decodeProgressFile(encodeProgressFile({}, NOW));
		expect(decoded.ok && decoded.slices).toEqual({ lessons: {}, exercises: {}, quizzes: {}, roleplay: {}, learner: {} });
	});

	it('accepts a file written before a slice existed (the slice is empty)', () => {
		const file = JSON.parse(encodeProgressFile(sample, NOW));
		delete file.slices.roleplay;
		const decoded = decodeProgressFile(refit(file));
		expect(decoded.ok && decoded.slices.roleplay).toEqual({});
	});

	it('keeps text as text: names with markup come back unchanged', () => {
		const decoded = decodeProgressFile(encodeProgressFile(sample, NOW));
		expect(decoded.ok && (decoded.slices.learner!.peserta as { name: string }).name).toBe('Siti <b>Aminah</b>');
	});

	it('accepts the same file with its keys in another order and other spacing', () => {
		const file = JSON.parse(encodeProgressFile(sample, NOW));
		const reordered = { checksum: file.checksum, slices: file.slices, exportedAt: file.exportedAt, version: 1, format: PROGRESS_FORMAT };
		expect(decodeProgressFile(JSON.stringify(reordered))).toEqual({ ok: true, exportedAt: NOW, slices: sample });
	});

	it('names the file after the format and the day', () => {
		expect(progressFileName(NOW)).toBe('paradiplomasi-progres-2026-11-23.json');
	});
});

describe('progress file: rejection, in Indonesian, saying what is wrong', () => {
	const good = encodeProgressFile(sample, NOW);
	const reject = (text: unknown) => {
		const decoded = decodeProgressFile(text);
		expect(decoded.ok).toBe(false);
		const problem = decoded.ok ? '' : decoded.problem;
		expect(problem).toMatch(/progres di perangkat ini tidak berubah\.$/);
		return problem;
	};

	it('an empty or unreadable file', () => {
		expect(reject('')).toMatch(/^Berkas kosong/);
		expect(reject('   \n')).toMatch(/^Berkas kosong/);
		expect(reject(undefined)).toMatch(/^Berkas kosong/);
	});

	it('a file that is not JSON', () => {
		expect(reject('Ini catatan rapat, bukan progres.')).toMatch(/bukan berkas JSON yang sah/);
		expect(reject(good.slice(0, good.length / 2))).toMatch(/bukan berkas JSON yang sah/);
		expect(reject('\u0000\u0001PK')).toMatch(/bukan berkas JSON/);
	});

	it('a file far too large', () => {
		expect(reject(' '.repeat(MAX_PROGRESS_CHARS + 1))).toMatch(/terlalu besar/);
	});

	it("another app's file, or another of the course's own files", () => {
		expect(reject('{"name":"my-app","version":"1.0.0"}')).toMatch(/bukan berkas progres kursus Paradiplomasi/);
		expect(reject('[1,2,3]')).toMatch(/bukan berkas progres/);
		expect(reject('null')).toMatch(/bukan berkas progres/);
		expect(reject('"paradiplomasi-progres"')).toMatch(/bukan berkas progres/);
		const work = JSON.stringify({ format: 'paradiplomasi-latihan', version: 1, exercise: 'sm2-peta-pemangku', answer: {}, checksum: '00000000' });
		expect(reject(work)).toMatch(/formatnya "paradiplomasi-latihan"/);
	});

	it('a slice saved in storage (the envelope, not the file)', () => {
		expect(reject('{"v":1,"items":{}}')).toMatch(/bukan berkas progres/);
	});

	it('a file from a newer version of the course', () => {
		const file = JSON.parse(good);
		expect(reject(refit({ ...file, version: 2 }))).toMatch(/versi kursus yang lebih baru \(v2\)/);
		expect(reject(JSON.stringify({ ...file, version: 2 }))).toMatch(/lebih baru/);
	});

	it('a slice from a newer version, or a slice this course does not know', () => {
		const file = JSON.parse(good);
		file.slices.lessons.v = 5;
		expect(reject(refit(file))).toMatch(/tanda pelajaran berasal dari versi kursus yang lebih baru \(v5\)/);
		const extra = JSON.parse(good);
		extra.slices.lencana = { v: 1, items: {} };
		expect(reject(refit(extra))).toMatch(/data "lencana" yang tidak dikenal/);
	});

	it('a version that is not a whole positive number', () => {
		for (const version of ['1', 0, 1.5, null]) expect(reject(refit({ ...JSON.parse(good), version }))).toMatch(/Versi berkas progres tidak dikenal/);
	});

	it('tampered content: a changed score, a removed lesson, a changed date, a changed or missing check', () => {
		const score = good.replace('"score": 4', '"score": 6');
		expect(score).not.toBe(good);
		expect(reject(score)).toMatch(/pemeriksaan tidak cocok/);
		const file = JSON.parse(good);
		delete file.slices.lessons.items['pengantar/tentang-modul'];
		expect(reject(JSON.stringify(file))).toMatch(/pemeriksaan tidak cocok/);
		expect(reject(good.replace('2026-11-23T09:30', '2026-11-24T09:30'))).toMatch(/pemeriksaan tidak cocok/);
		expect(reject(JSON.stringify({ ...JSON.parse(good), checksum: '12345678' }))).toMatch(/pemeriksaan tidak cocok/);
		const { checksum: _, ...unchecked } = JSON.parse(good);
		expect(reject(JSON.stringify(unchecked))).toMatch(/pemeriksaan tidak cocok/);
	});

	it('invalid items, even with a fitting check, name the item', () => {
		const file = JSON.parse(good);
		file.slices.exercises.items['sm1-urutan-sejarah'].score = -1;
		expect(reject(refit(file))).toMatch(/Butir "sm1-urutan-sejarah" pada data hasil latihan dalam berkas tidak sah/);
		const items = JSON.parse(good);
		items.slices.quizzes.items = [1, 2];
		expect(reject(refit(items))).toMatch(/hasil kuis tidak berisi daftar butir/);
		const proto = JSON.parse(good);
		proto.slices.lessons.items = JSON.parse('{"__proto__":{"updatedAt":1}}');
		expect(reject(refit(proto))).toMatch(/nama butir yang tidak sah/);
	});

	it('a bad export date or no slices, even with a fitting check', () => {
		const file = JSON.parse(good);
		expect(reject(refit({ ...file, exportedAt: 'kemarin' }))).toMatch(/Tanggal ekspor/);
		expect(reject(refit({ ...file, slices: 'semua' }))).toMatch(/tidak berisi data progres/);
	});
});

describe('merging a file into this device', () => {
	const mark = (doneAt: number | null, updatedAt: number) => ({ visitedAt: 1, doneAt, updatedAt });

	it('keeps the newer record of each item, and items only one side has', () => {
		const mine: SliceData = { lessons: { a: mark(10, 10), b: mark(50, 50), c: mark(null, 5) } };
		const theirs: SliceData = { lessons: { b: mark(null, 40), c: mark(30, 30), d: mark(20, 20) } };
		const { slices, counts } = mergeProgress(mine, theirs);
		expect(slices.lessons).toEqual({ a: mark(10, 10), b: mark(50, 50), c: mark(30, 30), d: mark(20, 20) });
		expect(counts.lessons).toEqual({ added: 1, updated: 1, kept: 1 });
	});

	it('loses nothing: every item of either side is in the result, at its newest', () => {
		const { slices } = mergeProgress(sample, { lessons: { x: mark(1, 1) }, learner: { peserta: { name: 'A', nip: '', agency: '', updatedAt: 1 } } });
		for (const [name, items] of Object.entries(sample)) for (const id of Object.keys(items)) expect(slices[name]![id]).toEqual(items[id]);
		expect(slices.lessons!.x).toEqual(mark(1, 1));
		expect((slices.learner!.peserta as { name: string }).name).toBe('Siti <b>Aminah</b>');
	});

	it('merging a file into itself changes nothing; into an empty device adds everything', () => {
		const same = mergeProgress(sample, structuredClone(sample));
		expect(same.slices).toEqual(sample);
		expect(mergeChangesNothing(same.counts)).toBe(true);
		const fresh = mergeProgress({}, sample);
		expect(fresh.slices).toEqual({ ...sample });
		expect(fresh.counts.lessons).toEqual({ added: 2, updated: 0, kept: 0 });
		expect(mergeChangesNothing(fresh.counts)).toBe(false);
	});

	it('does not change either input', () => {
		const mine = structuredClone(sample);
		const theirs: SliceData = { lessons: { 'pengantar/tentang-modul': mark(900, 900) } };
		const frozen = structuredClone(theirs);
		mergeProgress(mine, theirs);
		expect(mine).toEqual(sample);
		expect(theirs).toEqual(frozen);
	});

	it('a round trip through a file and a merge on another device gives the same progress', () => {
		const decoded = decodeProgressFile(encodeProgressFile(sample, NOW));
		if (!decoded.ok) throw new Error(decoded.problem);
		expect(mergeProgress({}, decoded.slices).slices).toEqual(sample);
	});
});
