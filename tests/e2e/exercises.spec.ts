/**
 * Exercises in the built site: one exercise of every type done with the keyboard only and with
 * taps at phone width, then found again after a reload; learner text stays text; boards and
 * worksheets print, export and import; overview pages count what is done; axe on the live views.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

test.describe.configure({ mode: 'parallel' });

type Mode = 'keyboard' | 'touch';

/** The exercise data as authored, to know the right answers. */
function exercise(id: string): Record<string, any> {
	const file = `content/exercises/sub-modul-${id[2]}.yaml`;
	return (parse(readFileSync(file, 'utf8')).exercises as Record<string, any>[]).find((e) => e.id === id)!;
}

/** Opens the page and waits until the exercise has swapped in its interactive view. */
async function open(page: Page, path: string, id: string): Promise<Locator> {
	await page.goto(path);
	const section = page.locator(`section#${id}`);
	await section.scrollIntoViewIfNeeded();
	// Only the browser renders the interactive view (the server sends a readable copy without
	// fields), so once it shows, the island has hydrated.
	await expect(section.locator('.pd-ex-run')).toBeVisible();
	return section;
}

/** Activates a control: a key press on the focused element, or a tap. */
async function press(mode: Mode, target: Locator, key = 'Enter'): Promise<void> {
	if (mode === 'touch') return target.tap();
	await target.focus();
	await target.press(key);
}

async function typeInto(mode: Mode, field: Locator, text: string): Promise<void> {
	if (mode === 'touch') {
		await field.tap();
		await expect(field).toBeFocused();
		// Headless Chromium's emulated tap on a field far down a long page can move the focus but
		// leave the caret in the field tapped before, so the keys typed next insert nothing (no input
		// event at all; it happens with plain inputs on a bare page too). Put the caret where a real
		// tap puts it.
		await field.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
	} else await field.focus();
	await field.page().keyboard.type(text);
}

async function check(mode: Mode, section: Locator): Promise<void> {
	await press(mode, section.getByRole('button', { name: 'Periksa jawaban' }));
}

interface Case {
	type: string;
	path: string;
	id: string;
	solve: (section: Locator, mode: Mode) => Promise<void>;
	verify: (section: Locator) => Promise<void>;
}

const verdict = (section: Locator, text: string) => expect(section.locator('.pd-ex-verdict')).toContainText(text);

const cases: Case[] = [
	{
		type: 'single',
		path: '/sub-modul-4/negosiasi-implementasi-evaluasi/',
		id: 'sm4-sejak-tahap',
		solve: async (section, mode) => {
			await press(mode, section.getByLabel('Sejak tahap 1, identifikasi kegiatan (perencanaan)'), 'Space');
			await check(mode, section);
		},
		verify: async (section) => {
			await expect(section.getByLabel('Sejak tahap 1, identifikasi kegiatan (perencanaan)')).toBeChecked();
			await verdict(section, 'Tepat!');
		},
	},
	{
		type: 'multiple',
		path: '/sub-modul-4/negosiasi-implementasi-evaluasi/',
		id: 'sm4-alasan-terlibat',
		solve: async (section, mode) => {
			for (const option of exercise('sm4-alasan-terlibat').options.filter((o: { correct?: boolean }) => o.correct))
				await press(mode, section.getByLabel(option.text), 'Space');
			await check(mode, section);
		},
		verify: async (section) => {
			await expect(section.getByRole('checkbox', { checked: true })).toHaveCount(3);
			await verdict(section, 'Tepat!');
			await verdict(section, 'Skor: 3 dari 3.');
		},
	},
	{
		type: 'truefalse',
		path: '/sub-modul-2/aktor-hubungan-internasional/',
		id: 'sm2-dalam-luar-negeri',
		solve: async (section, mode) => {
			for (const s of exercise('sm2-dalam-luar-negeri').statements)
				await press(mode, section.getByRole('group', { name: s.text }).getByLabel(s.answer ? 'Benar' : 'Salah'), 'Space');
			await check(mode, section);
		},
		verify: async (section) => {
			await expect(section.getByRole('radio', { checked: true })).toHaveCount(4);
			await verdict(section, 'Skor: 4 dari 4.');
		},
	},
	{
		type: 'ordering',
		path: '/sub-modul-5/lima-tahap-negosiasi/',
		id: 'sm5-urutan-negosiasi',
		solve: async (section, mode) => {
			const right: string[] = exercise('sm5-urutan-negosiasi').steps;
			const steps = section.locator('.pd-ex-step');
			for (const [i, text] of right.entries()) {
				const current = (await steps.locator('.pd-ex-card-text').allTextContents()).indexOf(text);
				if (current === i) continue;
				const step = steps.filter({ hasText: text });
				if (mode === 'touch') {
					await step.tap();
					await expect(step).toHaveAttribute('aria-pressed', 'true');
					await steps.nth(i).tap();
				} else {
					for (let k = current; k > i; k--) {
						await step.focus();
						await step.press('ArrowUp');
						await expect(step).toBeFocused();
					}
				}
				await expect(steps.nth(i)).toContainText(text);
			}
			await check(mode, section);
		},
		verify: async (section) => {
			await expect(section.locator('.pd-ex-step .pd-ex-card-text')).toHaveText(exercise('sm5-urutan-negosiasi').steps);
			await verdict(section, 'Tepat!');
		},
	},
	{
		type: 'matching',
		path: '/sub-modul-5/tips-negosiasi/',
		id: 'sm5-pilih-tip',
		solve: async (section, mode) => {
			for (const pair of exercise('sm5-pilih-tip').pairs) {
				const card = section.locator('.pd-ex-pool .pd-ex-card', { hasText: pair.right });
				await press(mode, card);
				await expect(section.locator('.pd-ex-card.is-picked')).toHaveCount(1);
				if (mode === 'touch') await section.locator('.pd-ex-quick').getByRole('button', { name: pair.left }).tap();
				else await press(mode, section.getByRole('button', { name: `Taruh di sini: ${pair.left}` }));
			}
			await check(mode, section);
		},
		verify: async (section) => {
			for (const pair of exercise('sm5-pilih-tip').pairs)
				await expect(section.getByRole('group', { name: pair.left })).toContainText(pair.right);
			await verdict(section, 'Skor: 5 dari 5.');
		},
	},
	{
		type: 'sorting',
		path: '/sub-modul-3/perbandingan-model/',
		id: 'sm3-cocokkan-kasus',
		solve: async (section, mode) => {
			const { categories, cards } = exercise('sm3-cocokkan-kasus');
			for (const card of cards) {
				const button = section.locator('.pd-ex-card', { hasText: card.text });
				const index = categories.findIndex((c: { id: string }) => c.id === card.category);
				if (mode === 'touch') {
					await button.tap();
					await section.locator('.pd-ex-quick').getByRole('button', { name: categories[index].label }).tap();
				} else
					for (let k = 0; k <= index; k++) {
						await button.focus();
						await button.press('ArrowRight');
						await expect(button).toBeFocused();
					}
				await expect(section.getByRole('group', { name: categories[index].label })).toContainText(card.text);
			}
			await check(mode, section);
		},
		verify: async (section) => {
			const { categories, cards } = exercise('sm3-cocokkan-kasus');
			for (const card of cards)
				await expect(section.getByRole('group', { name: categories.find((c: { id: string }) => c.id === card.category).label })).toContainText(card.text);
			await verdict(section, 'Skor: 9 dari 9.');
		},
	},
	{
		type: 'shortanswer',
		path: '/sub-modul-1/sejarah-dan-diplomasi-modern/',
		id: 'sm1-istilah-diplomasi',
		solve: async (section, mode) => {
			const field = section.getByLabel('Nama tokoh');
			await typeInto(mode, field, '  ÉDMUND   burke ');
			if (mode === 'keyboard') await field.press('Enter');
			else await check(mode, section);
		},
		verify: async (section) => {
			await expect(section.getByLabel('Nama tokoh')).toHaveValue('  ÉDMUND   burke ');
			await verdict(section, 'Tepat!');
		},
	},
	{
		type: 'brainstorm',
		path: '/sub-modul-1/pengertian-diplomasi/',
		id: 'sm1-apa-itu-diplomasi',
		solve: async (section, mode) => {
			const first = section.getByLabel('Catatan baru untuk kolom Diplomasi menurut saya');
			for (const text of ['Perundingan antarnegara', 'Tugas para duta besar', 'Contoh yang salah kolom']) {
				await typeInto(mode, first, text);
				if (mode === 'keyboard') await first.press('Enter');
				else await section.locator('.pd-ex-column').first().getByRole('button', { name: 'Tambah' }).tap();
			}
			await expect(section.locator('.pd-ex-note')).toHaveCount(3);
			// Edit the second note.
			const second = section.getByRole('group', { name: 'Catatan: Tugas para duta besar' });
			await press(mode, second.getByRole('button', { name: 'Ubah' }));
			const editor = section.getByLabel('Ubah teks catatan');
			await expect(editor).toBeFocused();
			await editor.press('ControlOrMeta+a');
			await editor.pressSequentially('Tugas duta besar dan utusan');
			if (mode === 'keyboard') await editor.press('Enter');
			else await section.getByRole('button', { name: 'Simpan' }).tap();
			// Move the third note to the other column, then delete nothing but check the count.
			const third = section.getByRole('group', { name: 'Catatan: Contoh yang salah kolom' });
			await press(mode, third.getByRole('button', { name: 'Pindahkan' }));
			await press(mode, section.getByRole('button', { name: 'Ke Contoh bentuk diplomasi' }));
			await expect(section.getByRole('region', { name: /Contoh bentuk diplomasi/ })).toContainText('Contoh yang salah kolom');
			await expect(section.locator('.pd-ex-status')).toContainText('Latihan ini tercatat selesai.');
		},
		verify: async (section) => {
			const first = section.getByRole('region', { name: /Diplomasi menurut saya/ });
			await expect(first.locator('.pd-ex-note-text')).toHaveText(['Perundingan antarnegara', 'Tugas duta besar dan utusan']);
			await expect(section.getByRole('region', { name: /Contoh bentuk diplomasi/ }).locator('.pd-ex-note-text')).toHaveText(['Contoh yang salah kolom']);
			await expect(section.locator('.pd-ex-status')).toContainText('Latihan ini tercatat selesai.');
		},
	},
	{
		type: 'worksheet',
		path: '/sub-modul-2/pemda-sebagai-aktor/',
		id: 'sm2-peta-pemangku',
		solve: async (section, mode) => {
			await typeInto(mode, section.getByLabel(/Kerja sama yang dipetakan/), 'Sister city dengan Kota Kembar');
			const row = section.getByRole('group', { name: 'Baris 1' });
			await typeInto(mode, row.getByLabel('Aktor', { exact: true }), 'Kementerian Luar Negeri');
			const letak = row.getByLabel('Letak');
			if (mode === 'touch') await letak.selectOption('Dalam negeri');
			else {
				await letak.focus();
				await letak.press('ArrowDown');
			}
			await expect(letak).toHaveValue('Dalam negeri');
			// A new row takes the focus, ready for typing.
			await press(mode, section.getByRole('button', { name: 'Tambah baris' }));
			const added = section.getByRole('group', { name: 'Baris 4' }).getByLabel('Aktor', { exact: true });
			await expect(added).toBeFocused();
			await typeInto(mode, added, 'Sanggar seni');
			await typeInto(mode, section.getByLabel('Sumber soft power di daerah Anda'), 'Sanggar tari dan perantau');
			await expect(section.locator('.pd-ex-status')).toContainText('Latihan ini tercatat selesai.');
		},
		verify: async (section) => {
			await expect(section.getByLabel(/Kerja sama yang dipetakan/)).toHaveValue('Sister city dengan Kota Kembar');
			await expect(section.getByRole('group', { name: 'Baris 1' }).getByLabel('Aktor', { exact: true })).toHaveValue('Kementerian Luar Negeri');
			await expect(section.getByRole('group', { name: 'Baris 1' }).getByLabel('Letak')).toHaveValue('Dalam negeri');
			await expect(section.getByRole('group', { name: 'Baris 4' }).getByLabel('Aktor', { exact: true })).toHaveValue('Sanggar seni');
			await expect(section.getByLabel('Sumber soft power di daerah Anda')).toHaveValue('Sanggar tari dan perantau');
			await expect(section.locator('.pd-ex-status')).toContainText('Latihan ini tercatat selesai.');
		},
	},
];

async function solveAndReload(page: Page, c: Case, mode: Mode): Promise<void> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	let section = await open(page, c.path, c.id);
	await c.solve(section, mode);
	await c.verify(section);
	// Let debounced typing reach storage before the reload.
	await page.waitForFunction((id) => localStorage.getItem('paradiplomasi:exercises:v1')?.includes(`"${id}"`), c.id);
	await page.waitForTimeout(600);
	await page.reload();
	section = await open(page, c.path, c.id);
	await c.verify(section);
	if (c.type !== 'brainstorm' && c.type !== 'worksheet') await expect(section).toContainText('percobaan ke-1');
	expect(errors).toEqual([]);
}

test.describe('keyboard only, 1280 px', () => {
	for (const c of cases) test(`${c.type}: done with the keyboard, restored after reload`, async ({ page }) => solveAndReload(page, c, 'keyboard'));
});

test.describe('touch, 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	for (const c of cases) test(`${c.type}: done by tapping, restored after reload`, async ({ page }) => solveAndReload(page, c, 'touch'));
});

test('feedback explains and links to the lesson; retry, reveal and reset work', async ({ page }) => {
	const section = await open(page, '/sub-modul-2/soft-power-dan-hard-power/', 'sm2-soft-hard');
	await section.locator('.pd-ex-card', { hasText: 'Diplomasi budaya' }).click();
	await section.getByRole('button', { name: 'Taruh di sini: Soft power (kekuatan lunak)' }).click();
	await section.locator('.pd-ex-card', { hasText: 'Pengiriman tentara ke luar negeri' }).click();
	await section.getByRole('button', { name: 'Taruh di sini: Soft power (kekuatan lunak)' }).click();
	await check('keyboard', section);
	await verdict(section, 'Sebagian sudah benar.');
	await verdict(section, 'Skor: 1 dari 6.');
	await expect(section.locator('.pd-ex-feedback')).toBeFocused();
	await expect(section.locator('.pd-ex-feedback')).toContainText('Penjelasan: Soft power memengaruhi');
	const link = section.getByRole('link', { name: /Soft power dan hard power: Dua cara berdiplomasi/ });
	await expect(link).toHaveAttribute('href', '/sub-modul-2/soft-power-dan-hard-power/#dua-cara-berdiplomasi');
	await expect(section.locator('.pd-ex-mark.is-wrong')).not.toHaveCount(0);

	await section.getByRole('button', { name: 'Tampilkan jawaban benar' }).click();
	await verdict(section, 'Ini jawaban yang benar.');
	await expect(section.getByRole('group', { name: 'Hard power (kekuatan keras)' })).toContainText('Pengiriman tentara ke luar negeri');
	await section.getByRole('button', { name: 'Kembali ke jawaban saya' }).click();
	await expect(section.getByRole('group', { name: 'Soft power (kekuatan lunak)' })).toContainText('Pengiriman tentara ke luar negeri');

	await section.getByRole('button', { name: 'Coba lagi' }).click();
	await expect(section.getByRole('button', { name: 'Periksa jawaban' })).toBeFocused();
	await section.locator('.pd-ex-card', { hasText: 'Pengiriman tentara ke luar negeri' }).click();
	await section.locator('.pd-ex-quick').getByRole('button', { name: 'Hard power (kekuatan keras)' }).click();
	await check('keyboard', section);
	await verdict(section, 'Skor: 2 dari 6.');
	await expect(section).toContainText('percobaan ke-2');

	await section.getByRole('button', { name: 'Mulai dari awal' }).click();
	await section.getByRole('button', { name: 'Ya, hapus' }).click();
	await expect(section.locator('.pd-ex-pool .pd-ex-card')).toHaveCount(6);
	await expect(section.locator('.pd-ex-feedback')).toHaveCount(0);
	await page.reload();
	const again = await open(page, '/sub-modul-2/soft-power-dan-hard-power/', 'sm2-soft-hard');
	await expect(again.locator('.pd-ex-pool .pd-ex-card')).toHaveCount(6);
	await expect(again.getByRole('button', { name: 'Periksa jawaban' })).toBeVisible();
});

test('checking with no answer asks for one and saves nothing', async ({ page }) => {
	const section = await open(page, '/sub-modul-3/globalisasi/', 'sm3-jenis-globalisasi');
	await check('keyboard', section);
	await expect(section.locator('.pd-ex-notice')).toHaveText('Anda belum menjawab. Pilih atau isi jawaban dulu, lalu periksa.');
	expect(await page.evaluate(() => localStorage.getItem('paradiplomasi:exercises:v1'))).toBeNull();
});

test('text a learner types is shown as text, never as HTML', async ({ page }) => {
	const payload = '<img src=x onerror=alert(1)>';
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const inert = async () => {
		await expect(page.locator('.pd-exercise img, #pd-print-root img')).toHaveCount(0);
		await expect(page.locator('script', { hasText: 'alert(' })).toHaveCount(0);
		expect(dialogs).toEqual([]);
	};
	const board = await open(page, '/sub-modul-1/pengertian-diplomasi/', 'sm1-apa-itu-diplomasi');
	const input = board.getByLabel('Catatan baru untuk kolom Diplomasi menurut saya');
	await input.fill(payload);
	await input.press('Enter');
	await expect(board.locator('.pd-ex-note-text')).toHaveText(payload);
	await page.waitForTimeout(300);
	await page.reload();
	const again = await open(page, '/sub-modul-1/pengertian-diplomasi/', 'sm1-apa-itu-diplomasi');
	await expect(again.locator('.pd-ex-note-text')).toHaveText(payload);
	await page.evaluate(() => (window.print = () => {}));
	await again.getByRole('button', { name: 'Cetak' }).click();
	await expect(page.locator('#pd-print-root li')).toHaveText([payload]);
	await inert();

	const sheet = await open(page, '/sub-modul-3/perbandingan-model/', 'sm3-praktik-daerah');
	await sheet.getByLabel(/Nama praktik kerja sama/).fill(payload);
	await sheet.getByLabel(/Keuntungan yang sudah dirasakan/).fill(`"><script>alert(2)</script>`);
	await page.waitForTimeout(800);
	await page.reload();
	const sheetAgain = await open(page, '/sub-modul-3/perbandingan-model/', 'sm3-praktik-daerah');
	await expect(sheetAgain.getByLabel(/Nama praktik kerja sama/)).toHaveValue(payload);
	await expect(sheetAgain.getByLabel(/Keuntungan yang sudah dirasakan/)).toHaveValue(`"><script>alert(2)</script>`);
	await inert();

	const short = await open(page, '/sub-modul-4/investasi-asing-di-daerah/', 'sm4-persetujuan-pusat');
	await short.getByLabel('Pihak yang menyetujui').fill(payload);
	await check('keyboard', short);
	await verdict(short, 'Belum tepat.');
	await expect(short.getByLabel('Pihak yang menyetujui')).toHaveValue(payload);
	await inert();
});

test('a board prints alone; a worksheet exports and imports, and refuses foreign or altered files', async ({ page }) => {
	const section = await open(page, '/sub-modul-4/mekanisme-kerja-sama-internasional/', 'sm4-berbagi-pengalaman');
	await section.getByLabel(/Dengan siapa daerah bekerja sama/).fill('Lembaga donor X');
	await section.getByLabel(/Apa yang berhasil/).fill('Pelatihan berjalan');

	await page.evaluate(() => (window.print = () => {}));
	await section.getByRole('button', { name: 'Cetak' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#pd-print-root')).toBeVisible();
	await expect(page.locator('#pd-print-root')).toContainText('Lembaga donor X');
	await expect(page.locator('main')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	const [text] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh teks (.txt)' }).click()]);
	expect(text.suggestedFilename()).toMatch(/^sm4-berbagi-pengalaman-\d{4}-\d{2}-\d{2}\.txt$/);
	expect(readFileSync((await text.path())!, 'utf8')).toContain('Dengan siapa daerah bekerja sama:\nLembaga donor X');
	const [json] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh berkas (.json)' }).click()]);
	const saved = readFileSync((await json.path())!, 'utf8');
	expect(JSON.parse(saved)).toMatchObject({ format: 'paradiplomasi-latihan', version: 1, exercise: 'sm4-berbagi-pengalaman' });

	const load = async (name: string, content: string) => {
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), section.getByRole('button', { name: 'Muat berkas (.json)' }).click()]);
		await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
	};
	await section.getByRole('button', { name: 'Mulai dari awal' }).click();
	await section.getByRole('button', { name: 'Ya, hapus' }).click();
	await expect(section.getByLabel(/Dengan siapa daerah bekerja sama/)).toHaveValue('');
	await load('kerja.json', saved);
	await expect(section.locator('.pd-ex-tool-message')).toHaveText('Berkas dimuat: isi latihan ini diganti dengan isi berkas.');
	await expect(section.getByLabel(/Dengan siapa daerah bekerja sama/)).toHaveValue('Lembaga donor X');

	await section.getByLabel(/Dengan siapa daerah bekerja sama/).fill('Mitra sekarang');
	await load('diubah.json', saved.replace('Lembaga donor X', 'Lembaga donor Y'));
	await expect(section.locator('.pd-ex-tool-message')).toContainText('Berkas tidak dimuat. Isi berkas sudah berubah sejak diekspor');
	await load('lain.json', JSON.stringify({ v: 1, items: {} }));
	await expect(section.locator('.pd-ex-tool-message')).toContainText('bukan berkas latihan Paradiplomasi');
	await load('rusak.json', 'bukan json');
	await expect(section.locator('.pd-ex-tool-message')).toContainText('bukan berkas JSON yang sah');
	await expect(section.getByLabel(/Dengan siapa daerah bekerja sama/)).toHaveValue('Mitra sekarang');
});

test('a sub-module overview lists its exercises and counts the ones done', async ({ page }) => {
	const total = parse(readFileSync('content/exercises/sub-modul-3.yaml', 'utf8')).exercises.length;
	await page.goto('/sub-modul-3/');
	const list = page.locator('.pd-ex-summary');
	await list.scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: 'Latihan', exact: true })).toBeVisible();
	await expect(list).toContainText(`0 dari ${total} latihan selesai`);
	await expect(list.getByRole('link')).toHaveCount(total);
	await list.getByRole('link', { name: 'Tiga jenis globalisasi menurut Waters' }).click();
	await expect(page).toHaveURL(/\/sub-modul-3\/globalisasi\/#sm3-jenis-globalisasi$/);
	const section = page.locator('section#sm3-jenis-globalisasi');
	await expect(section.locator('.pd-ex-run')).toBeVisible();
	await section.getByLabel('Globalisasi ekonomi').check();
	await check('keyboard', section);
	await page.goto('/sub-modul-3/');
	await list.scrollIntoViewIfNeeded();
	await expect(list).toContainText(`1 dari ${total} latihan selesai`);
	await expect(list.locator('li.is-done')).toContainText('skor 1 dari 3');
});

test.describe('axe on live exercises', () => {
	// Six axe runs over every exercise on the page: about 25 s on a busy two-core machine, and
	// sometimes more than the default minute.
	test.describe.configure({ timeout: 120_000 });
	const scan = async (page: Page) => {
		const results = await new AxeBuilder({ page })
			.include('.pd-exercise')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	};
	for (const [path, id] of [
		['/sub-modul-3/perbandingan-model/', 'sm3-cocokkan-kasus'],
		['/sub-modul-1/pengertian-diplomasi/', 'sm1-apa-itu-diplomasi'],
		['/sub-modul-4/negosiasi-implementasi-evaluasi/', 'sm4-alasan-terlibat'],
		['/sub-modul-2/aktor-hubungan-internasional/', 'sm2-dalam-luar-negeri'],
	] as const)
		test(`${path}: interactive, picked and checked states`, async ({ page }) => {
			for (const theme of ['dark', 'light']) {
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const section = await open(page, path, id);
				for (const other of await page.locator('section.pd-exercise').all()) {
					await other.scrollIntoViewIfNeeded();
					await expect(other.locator('.pd-ex-run')).toBeVisible();
				}
				expect(await scan(page)).toEqual([]);
				const card = section.locator('.pd-ex-card').first();
				if (await card.count()) {
					await card.click();
					expect(await scan(page)).toEqual([]);
					await section.locator('.pd-ex-quick button').first().click();
				}
				const note = section.getByRole('textbox').first();
				if (id === 'sm1-apa-itu-diplomasi') {
					await note.fill('Catatan uji');
					await note.press('Enter');
					await section.getByRole('button', { name: 'Pindahkan' }).click();
				} else {
					const first = section.locator('input[type=radio], input[type=checkbox]').first();
					if (await first.count()) await first.check();
					await check('keyboard', section);
					await expect(section.locator('.pd-ex-feedback')).toBeVisible();
				}
				expect(await scan(page)).toEqual([]);
				await page.evaluate(() => localStorage.removeItem('paradiplomasi:exercises:v1'));
			}
		});
});
