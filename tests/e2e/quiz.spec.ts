/**
 * Quizzes in the built site: the pre-test and post-test with the learner's gain, review and retry;
 * the facilitator's projector quiz with hand counts and its chart; participants' result codes
 * collected on the facilitator's page by typing, with the class summary and the class gain.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadQuizCatalog } from '../../src/data/quizzes';
import type { QuizItem } from '../../src/schemas/quiz';

const catalog = loadQuizCatalog();
const items = catalog.banks.flatMap((b) => b.items);
const plain = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** Opens a quiz page and waits for its island to hydrate. */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForSelector('.pd-quiz-wrap astro-island:not([ssr])', { state: 'attached' });
}

/** The item on screen, found by its prompt. */
async function current(page: Page): Promise<QuizItem> {
	const question = page.locator('.pd-quiz-question');
	const prompt = plain(await question.locator('.pd-quiz-prompt').innerText());
	const text = plain(await question.innerText());
	// One-statement true/false items share their prompt: tell them apart by the statement.
	const item = items.find(
		(i) =>
			plain(i.prompt) === prompt &&
			(i.type !== 'truefalse' || i.statements.every((st) => text.includes(plain(st.text)))),
	);
	if (!item) throw new Error(`no item with the prompt "${prompt}"`);
	return item;
}

/** Answers the question on screen rightly (or, with `right: false`, picks a wrong option). */
async function answer(page: Page, right = true): Promise<void> {
	const item = await current(page);
	const body = page.locator('.pd-quiz-question');
	if (item.type === 'single' || item.type === 'multiple') {
		const picks = item.options
			.filter((o) => (right ? o.correct : !o.correct))
			.slice(0, item.type === 'single' || !right ? 1 : undefined);
		for (const o of picks)
			await body.getByRole(item.type === 'single' ? 'radio' : 'checkbox', { name: o.text, exact: true }).check();
	} else if (item.type === 'truefalse') {
		for (const s of item.statements) {
			const value = right ? s.answer : !s.answer;
			await body
				.locator('fieldset', { hasText: plain(s.text) })
				.getByRole('radio', { name: value ? 'Benar' : 'Salah', exact: true })
				.check();
		}
	} else throw new Error(`answer() handles choice items only, not ${item.type}`);
}

async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Berikutnya' }).click();
}

/** Answers every question of the attempt on screen, then hands it in. */
async function answerAll(page: Page, count: number, right = true): Promise<void> {
	for (let i = 0; i < count; i++) {
		await expect(page.getByRole('heading', { name: `Soal ${i + 1} dari ${count}` })).toBeFocused();
		await answer(page, right);
		if (i + 1 < count) await next(page);
	}
	await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
}

test('pre-test, then post-test: the result shows the gain, each answer can be reviewed, and a retry reorders', async ({
	page,
}) => {
	await open(page, '/kuis/pre-test/');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await expect(page.getByRole('heading', { name: 'Soal 1 dari 20' })).toBeVisible();
	// Two questions answered rightly, the rest left open: the quiz warns before handing in.
	for (let i = 0; i < 2; i++) {
		await answer(page);
		await next(page);
	}
	await page.getByRole('button', { name: 'Soal 20, belum dijawab' }).click();
	await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
	await expect(page.getByRole('alert')).toContainText('Masih ada 18 soal yang belum dijawab');
	await page.getByRole('button', { name: 'Tetap selesaikan' }).click();
	await expect(page.getByRole('heading', { name: 'Hasil Anda' })).toBeFocused();
	const scoreLine = await page.locator('.pd-quiz-score').innerText();
	const [, score, max] = /Nilai: (\d+) dari (\d+) poin/.exec(scoreLine)!;
	const pre = Math.round((100 * Number(score)) / Number(max));
	expect(Number(score)).toBeGreaterThan(0);

	// The review: every question with its verdict, explanation and lesson link.
	const review = page.locator('.pd-quiz-review-item');
	await expect(review).toHaveCount(20);
	await expect(review.filter({ hasText: 'Tepat!' })).toHaveCount(2);
	const wrong = review.filter({ hasText: 'Belum tepat.' }).first();
	await expect(wrong.getByText('Penjelasan:')).toBeVisible();
	const link = wrong.getByRole('link');
	await expect(link).toHaveAttribute('href', /^\/sub-modul-[1-5]\/[a-z0-9-]+\/#[a-z0-9-]+$/);
	await wrong.getByRole('button', { name: 'Tampilkan jawaban yang benar' }).click();
	await expect(wrong.getByText('Jawaban yang benar:')).toBeVisible();

	// Saved with its answers, seed and score; a retry starts a new attempt in a new order.
	const saved = await page.evaluate(
		() => JSON.parse(localStorage.getItem('paradiplomasi:quizzes:v1')!).items['pre-test'].attempts,
	);
	expect(saved).toHaveLength(1);
	expect(saved[0]).toMatchObject({ score: Number(score), max: Number(max), itemIds: expect.any(Array) });
	expect(Object.keys(saved[0].answers).length).toBeGreaterThanOrEqual(2);
	await page.getByRole('button', { name: 'Kerjakan lagi dengan urutan baru' }).click();
	await expect(page.getByRole('heading', { name: 'Soal 1 dari 20' })).toBeVisible();
	const retry = await page.evaluate(
		() => JSON.parse(localStorage.getItem('paradiplomasi:quizzes:v1')!).items['pre-test'].attempts,
	);
	expect(retry).toHaveLength(2);
	expect(retry[1].seed).not.toBe(retry[0].seed);
	expect(retry[1].itemIds).not.toEqual(retry[0].itemIds);
	expect([...retry[1].itemIds].sort()).toEqual([...retry[0].itemIds].sort());

	// A reload resumes the open attempt where it was.
	await answer(page, false);
	await page.reload();
	await page.waitForSelector('.pd-quiz-wrap astro-island:not([ssr])', { state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Soal 2 dari 20' })).toBeVisible();

	// The post-test, all right: the gain over the FIRST pre-test.
	await open(page, '/kuis/post-test/');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await answerAll(page, 20);
	await expect(page.locator('.pd-quiz-score')).toContainText('(100%)');
	await expect(page.getByRole('heading', { name: 'Kenaikan dari pre-test' })).toBeVisible();
	await expect(page.locator('.pd-quiz-gain')).toContainText(
		`Pre-test pertama Anda: ${pre}%. Post-test terakhir: 100%. Kenaikan: +${100 - pre} poin persentase.`,
	);
});

test('a sub-module quiz has every type of its bank and is linked from the overview', async ({ page }) => {
	await page.goto('/sub-modul-3/');
	await page.getByRole('link', { name: 'Kerjakan kuis Sub-modul 3' }).click();
	await expect(page).toHaveURL(/\/kuis\/sub-modul-3\/$/);
	await page.waitForSelector('.pd-quiz-wrap astro-island:not([ssr])', { state: 'attached' });
	const bank = catalog.banks.find((b) => b.submodule === 3)!;
	await expect(page.getByText(`${bank.items.length} soal`)).toBeVisible();
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.getByRole('button', { name: `Soal ${bank.items.length}, belum dijawab` }).click();
	await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
	await page.getByRole('button', { name: 'Tetap selesaikan' }).click();
	await expect(page.locator('.pd-quiz-review-item')).toHaveCount(bank.items.length);
	// An ordering item left as shown is saved with the order it was shown in.
	const saved = await page.evaluate(
		() => JSON.parse(localStorage.getItem('paradiplomasi:quizzes:v1')!).items['sub-modul-3'].attempts[0],
	);
	expect(saved.answers['k3-pola-dasar-model']).toHaveLength(4);
});

test('the facilitator runs a quiz on the projector, counts hands and sees the chart', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, '/kuis/fasilitator/');
	await page.getByLabel('Kuis yang dijalankan').selectOption({ label: 'Kuis kelas Sub-modul 1 (kode SM1, 11 soal)' });
	await page.getByLabel('Waktu per soal (detik)').fill('20');
	await page.getByLabel('Waktu per soal (detik)').blur();
	const stage = page.locator('.pd-fq-stage');
	await expect(stage.getByRole('heading', { name: /Soal 1 dari 11/ })).toBeVisible();
	await expect(stage.getByRole('timer')).toHaveText('00:20');

	// The countdown runs from its stored start and can be paused.
	await stage.getByRole('button', { name: 'Mulai hitung mundur' }).click();
	await expect(stage.getByRole('timer')).not.toHaveText('00:20', { timeout: 3000 });
	await stage.getByRole('button', { name: 'Jeda' }).click();

	// Hand counts: three taps on A, five typed for B.
	for (let i = 0; i < 3; i++) await stage.getByRole('button', { name: 'Tambah satu untuk pilihan A' }).click();
	await stage.getByLabel('Jumlah untuk pilihan B').fill('5');
	await stage.getByLabel('Jumlah untuk pilihan B').blur();
	const chart = stage.getByRole('list', { name: 'Sebaran jawaban soal 1' });
	await expect(chart.getByRole('listitem').nth(0)).toContainText('3 (38%)');
	await expect(chart.getByRole('listitem').nth(1)).toContainText('5 (63%)');
	await expect(chart.getByRole('listitem').nth(2)).toContainText('0 (0%)');

	// Reveal: the right option is marked, the explanation and the lesson link appear.
	await stage.getByRole('button', { name: 'Tampilkan jawaban' }).click();
	await expect(stage.locator('.pd-fq-option.is-right')).toHaveCount(1);
	await expect(stage.getByText('Penjelasan:')).toBeVisible();
	await expect(chart.locator('.pd-bar.is-right')).toHaveCount(1);

	// The next question starts hidden, with its own counts; everything survives a reload.
	await stage.getByRole('button', { name: 'Berikutnya' }).click();
	await expect(stage.getByRole('heading', { name: /Soal 2 dari 11/ })).toBeVisible();
	await expect(stage.getByText('Penjelasan:')).toHaveCount(0);
	await page.reload();
	await page.waitForSelector('.pd-quiz-wrap astro-island:not([ssr])', { state: 'attached' });
	await expect(page.locator('.pd-fq-stage').getByRole('heading', { name: /Soal 2 dari 11/ })).toBeVisible();
	await page.getByRole('button', { name: 'Sebelumnya' }).click();
	await expect(page.getByRole('list', { name: 'Sebaran jawaban soal 1' }).getByRole('listitem').nth(1)).toContainText(
		'5 (63%)',
	);
});

/** A participant on their own device: opens the set by its quiz code, gives a number, answers, and reads the code. */
async function participant(
	browser: Browser,
	code: string,
	number: number | null,
	right: (i: number) => boolean,
	count: number,
): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await open(page, '/kuis/peserta/');
	await page.getByLabel('Kode kuis dari fasilitator').fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Buka kuis' }).click();
	if (number !== null) await page.getByLabel('Nomor peserta (boleh dikosongkan)').fill(String(number));
	await page.getByRole('button', { name: 'Mulai' }).click();
	for (let i = 0; i < count; i++) {
		await answer(page, right(i));
		if (i + 1 < count) await next(page);
	}
	await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
	const shown = page.locator('[data-result-code]');
	await expect(shown).toBeVisible();
	await expect(page.getByRole('img', { name: /^Kode QR berisi kode hasil / })).toBeVisible();
	const result = (await shown.getAttribute('data-result-code'))!;
	expect(result.length).toBeLessThanOrEqual(24);
	await context.close();
	return result;
}

async function collect(page: Page, code: string): Promise<void> {
	await page.getByLabel('Kode hasil peserta').fill(code);
	await page.getByRole('button', { name: 'Catat kode' }).click();
}

test('three participants hand in result codes; the facilitator types them and sees the class summary', async ({
	page,
	browser,
}) => {
	const set = catalog.classSets.find((s) => s.code === 'SM2')!;
	const n = set.itemIds.length;
	// Participant 1 answers everything rightly, 2 everything wrongly, the third (no number) half and half.
	const codes = [
		await participant(browser, 'SM2', 1, () => true, n),
		await participant(browser, 'SM2', 2, () => false, n),
		await participant(browser, 'SM2', null, (i) => i % 2 === 0, n),
	];

	await open(page, '/kuis/fasilitator/');
	await page.getByLabel('Kuis yang dijalankan').selectOption({ label: `Kuis kelas Sub-modul 2 (kode SM2, ${n} soal)` });
	await page.getByRole('button', { name: 'Kumpulkan kode dan ringkasan' }).click();
	await collect(page, codes[0]!.toLowerCase());
	await expect(page.getByRole('status').filter({ hasText: 'Kode dicatat' })).toContainText(
		'Kode dicatat: peserta nomor 1, nilai 100%.',
	);

	// A typo is refused with a message, and nothing changes.
	const typo = codes[1]!.slice(0, 6) + (codes[1]![6] === 'Q' ? 'R' : 'Q') + codes[1]!.slice(7);
	await collect(page, typo);
	await expect(page.locator('.pd-fq-message.is-error')).toHaveText(
		'Kode tidak lolos pemeriksaan: mungkin ada huruf yang salah ketik atau tertukar.',
	);
	await expect(page.getByRole('heading', { name: 'Kode yang sudah dicatat (1)' })).toBeVisible();
	await collect(page, codes[0]!);
	await expect(page.locator('.pd-fq-message.is-error')).toHaveText('Kode ini sudah dicatat.');

	// Typed in groups, as read aloud.
	await collect(page, codes[1]!.match(/.{1,4}/g)!.join('-'));
	await collect(page, codes[2]!);
	await expect(page.getByRole('heading', { name: 'Kode yang sudah dicatat (3)' })).toBeVisible();

	const figures = page.locator('.pd-fq-figures');
	await expect(figures.locator('div', { hasText: 'Jumlah peserta' }).locator('dd')).toHaveText('3');
	const average = Number(
		(await figures.locator('div', { hasText: 'Rata-rata nilai' }).locator('dd').innerText()).replace('%', ''),
	);
	expect(average).toBeGreaterThan(0);
	expect(average).toBeLessThan(100);
	// Per question: participant 1 right, participant 2 wrong, so 1 or 2 of 3 right on each.
	const questions = page.locator('.pd-fq-questions > li');
	await expect(questions).toHaveCount(n);
	await expect(questions.first()).toContainText(/[12] dari 3 peserta menjawab benar\./);
	await expect(questions.first().getByRole('list', { name: 'Sebaran jawaban soal 1' })).toContainText('Tidak menjawab');
	await expect(page.getByText('Kenaikan kelas dari pre-test ke post-test')).toHaveCount(0);
});

test('pre-test and post-test codes give the class gain, matched by participant number', async ({ page, browser }) => {
	test.slow();
	const pre = [
		await participant(browser, 'PRE', 7, (i) => i < 5, 20),
		await participant(browser, 'PRE', 8, () => false, 20),
	];
	const post = [
		await participant(browser, 'POST', 7, () => true, 20),
		await participant(browser, 'POST', 8, (i) => i < 10, 20),
	];
	await open(page, '/kuis/fasilitator/');
	await page.getByLabel('Kuis yang dijalankan').selectOption({ label: 'Pre-test (kode PRE, 20 soal)' });
	await page.getByRole('button', { name: 'Kumpulkan kode dan ringkasan' }).click();
	// A post-test code is refused while the pre-test is being collected.
	await collect(page, post[0]!);
	await expect(page.locator('.pd-fq-message.is-error')).toHaveText(
		'Ini kode Post-test, bukan Pre-test. Pilih "Post-test" di daftar kuis dulu untuk mencatatnya.',
	);
	for (const code of pre) await collect(page, code);
	await expect(
		page.getByText('Kumpulkan kode pre-test dan kode post-test untuk melihat kenaikan kelas.'),
	).toBeVisible();
	await page.getByLabel('Kuis yang dijalankan').selectOption({ label: 'Post-test (kode POST, 20 soal)' });
	for (const code of post) await collect(page, code);
	const gain = page.locator('.pd-fq-gain');
	await expect(gain).toContainText(
		/Rata-rata pre-test \d+% \(2 peserta\) dan post-test \d+% \(2 peserta\): kenaikan \+\d+ poin persentase\./,
	);
	await expect(gain).toContainText(
		/2 peserta memakai nomor yang sama di kedua tes; rata-rata kenaikan mereka \+\d+ poin persentase\./,
	);
});

/** Zero axe violations, with the same rules as the page sweep (tests/e2e/a11y.spec.ts), and nothing wider than the screen. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
	const width = page.viewportSize()!.width;
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth),
		`${where}: page wider than ${width} px`,
	).toBeLessThanOrEqual(width);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		where,
	).toEqual([]);
}

for (const view of [
	{ name: 'light 1280', theme: 'light', width: 1280, height: 720 },
	{ name: 'dark 360', theme: 'dark', width: 360, height: 740 },
] as const)
	test(`the live quiz views have no axe violations (${view.name})`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width: view.width, height: view.height });
		await page.emulateMedia({ colorScheme: view.theme });
		await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), view.theme);

		// A learner's question screen and the review of every item type.
		await open(page, '/kuis/sub-modul-1/');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await expectNoViolations(page, 'question');
		const n = catalog.banks[0]!.items.length;
		await page.getByRole('button', { name: `Soal ${n}, belum dijawab` }).click();
		await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
		await expectNoViolations(page, 'confirm');
		await page.getByRole('button', { name: 'Tetap selesaikan' }).click();
		await page
			.locator('.pd-quiz-review-item')
			.first()
			.getByRole('button', { name: 'Tampilkan jawaban yang benar' })
			.click();
		await expectNoViolations(page, 'review');

		// The participant's result code.
		await open(page, '/kuis/peserta/?kuis=SM1');
		await page.getByLabel('Nomor peserta (boleh dikosongkan)').fill('abc');
		await expect(page.getByText('Nomor peserta harus bilangan bulat')).toBeVisible();
		await expectNoViolations(page, 'participant number');
		await page.getByLabel('Nomor peserta (boleh dikosongkan)').fill('5');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await answer(page);
		await page.getByRole('button', { name: /^Soal 11, / }).click();
		await page.getByRole('button', { name: 'Selesai dan lihat nilai' }).click();
		await page.getByRole('button', { name: 'Tetap selesaikan' }).click();
		const code = (await page.locator('[data-result-code]').getAttribute('data-result-code'))!;
		await expectNoViolations(page, 'participant code');

		// The projector view, revealed with hand counts, then the class summary.
		await open(page, '/kuis/fasilitator/');
		await page.getByLabel('Kuis yang dijalankan').selectOption({ label: 'Kuis kelas Sub-modul 1 (kode SM1, 11 soal)' });
		await page.getByRole('button', { name: 'Tambah satu untuk pilihan A' }).click();
		await page.getByRole('button', { name: 'Tampilkan jawaban' }).click();
		await expectNoViolations(page, 'projector');
		await page.getByRole('button', { name: 'Kumpulkan kode dan ringkasan' }).click();
		await collect(page, 'ABCDE');
		await expect(page.locator('.pd-fq-message.is-error')).toBeVisible();
		await collect(page, code);
		await expect(page.getByRole('heading', { name: 'Kode yang sudah dicatat (1)' })).toBeVisible();
		await expectNoViolations(page, 'summary');
	});
