/** Small items of every type, parsed through the real schemas (so defaults and ids apply). */
import { ExerciseSchema, GradedItemSchema, type GradedItemOf, type ItemOf } from '../../../src/schemas/exercise';

const base = { prompt: 'Pertanyaan latihan?', explanation: 'Penjelasan yang cukup panjang.', source: '/sub-modul-1/a/#b' };

export const single = GradedItemSchema.parse({
	...base,
	type: 'single',
	id: 'q-single',
	options: [
		{ id: 'a', text: 'Satu', correct: true },
		{ id: 'b', text: 'Dua', feedback: 'Bukan dua.' },
		{ id: 'c', text: 'Tiga' },
	],
}) as GradedItemOf<'single'>;

export const multiple = GradedItemSchema.parse({
	...base,
	type: 'multiple',
	id: 'q-multiple',
	options: [
		{ id: 'a', text: 'Ekonomi', correct: true },
		{ id: 'b', text: 'Politik', correct: true },
		{ id: 'c', text: 'Budaya', correct: true },
		{ id: 'x', text: 'Militer', feedback: 'Tidak disebut.' },
		{ id: 'y', text: 'Hukum' },
	],
}) as GradedItemOf<'multiple'>;

export const truefalse = GradedItemSchema.parse({
	...base,
	type: 'truefalse',
	id: 'q-tf',
	statements: [
		{ id: 's1', text: 'Pernyataan benar.', answer: true },
		{ id: 's2', text: 'Pernyataan salah.', answer: false, explanation: 'Karena salah.' },
		{ id: 's3', text: 'Pernyataan benar lagi.', answer: true },
	],
}) as GradedItemOf<'truefalse'>;

export const ordering = GradedItemSchema.parse({
	...base,
	type: 'ordering',
	id: 'q-order',
	steps: ['Persiapan', 'Pembukaan', 'Penyampaian posisi', 'Pembahasan', 'Persetujuan'],
}) as GradedItemOf<'ordering'>;

export const matching = GradedItemSchema.parse({
	...base,
	type: 'matching',
	id: 'q-match',
	pairs: [
		{ id: 'p1', left: 'GPN', right: 'Jaringan produksi global' },
		{ id: 'p2', left: 'Strategic coupling', right: 'Penautan kebutuhan dan aset', explanation: 'Lihat halaman GPN.' },
		{ id: 'p3', left: 'Aset regional', right: 'Teknologi dan pengetahuan' },
	],
	distractors: [{ id: 'd1', text: 'Definisi globalisasi' }],
}) as GradedItemOf<'matching'>;

export const sorting = GradedItemSchema.parse({
	...base,
	type: 'sorting',
	id: 'q-sort',
	categories: [
		{ id: 'soft', label: 'Soft power' },
		{ id: 'hard', label: 'Hard power' },
	],
	cards: [
		{ id: 'c1', text: 'Diplomasi budaya', category: 'soft' },
		{ id: 'c2', text: 'Festival seni', category: 'soft' },
		{ id: 'c3', text: 'Pengiriman tentara', category: 'hard', explanation: 'Paksaan.' },
		{ id: 'c4', text: 'Ancaman militer', category: 'hard' },
	],
}) as GradedItemOf<'sorting'>;

export const shortanswer = GradedItemSchema.parse({
	...base,
	type: 'shortanswer',
	id: 'q-short',
	accepted: ['Edmund Burke', 'Burke', 'Québec-Nord'],
}) as GradedItemOf<'shortanswer'>;

export const allGraded = [single, multiple, truefalse, ordering, matching, sorting, shortanswer];

export const board = ExerciseSchema.parse({
	lesson: 'a',
	type: 'brainstorm',
	id: 'b-board',
	title: 'Papan curah pendapat',
	prompt: 'Tulis catatan Anda di papan.',
	columns: [
		{ id: 'ide', label: 'Ide' },
		{ id: 'contoh', label: 'Contoh' },
	],
	minNotes: 2,
}) as ItemOf<'brainstorm'>;

export const worksheet = ExerciseSchema.parse({
	lesson: 'a',
	type: 'worksheet',
	id: 'w-sheet',
	title: 'Lembar kerja daerah',
	prompt: 'Isi lembar kerja ini.',
	sections: [
		{
			title: 'Umum',
			fields: [
				{ id: 'nama', label: 'Nama kegiatan', kind: 'text', required: true },
				{ id: 'model', label: 'Model', kind: 'choice', options: ['Jakarta', 'Bali'] },
				{ id: 'catatan', label: 'Catatan', kind: 'long' },
			],
		},
		{
			fields: [
				{
					id: 'aktor',
					label: 'Aktor',
					kind: 'table',
					rows: 2,
					required: true,
					columns: [
						{ id: 'nama', label: 'Aktor' },
						{ id: 'letak', label: 'Letak', options: ['Dalam negeri', 'Luar negeri'] },
					],
				},
			],
		},
	],
}) as ItemOf<'worksheet'>;
