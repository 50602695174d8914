import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarios } from '../../src/data/roleplay';
import { sheetPath } from '../../src/engine/roleplay/views';
import { SIDES } from '../../src/engine/roleplay/model';

const scenarios = loadScenarios();
const strings: Record<string, string> = JSON.parse(readFileSync('content/i18n/id.json', 'utf8'));

describe('role-play pages', () => {
	it('every scenario has a sheet page per side, which names only that side', () => {
		for (const s of scenarios)
			for (const side of SIDES) {
				const file = `content/docs${sheetPath(s.id, side).replace(/\/$/, '')}.mdx`;
				expect(existsSync(file), file).toBe(true);
				const text = readFileSync(file, 'utf8');
				expect(text).toContain(`<RoleSheet scenario="${s.id}" side="${side}" />`);
				expect(text).toContain(s.title);
				expect(text).toMatch(/pagefind: false/);
			}
	});

	it('the tool pages are listed in the sidebar group "Alat"', () => {
		const tools = parse(readFileSync('content/course/tools.yaml', 'utf8')).pages as string[];
		for (const page of ['permainan-peran', 'permainan-peran/cetak', 'permainan-peran/hasil', 'permainan-peran/refleksi', 'permainan-peran/latihan-mandiri']) {
			expect(tools).toContain(page);
			expect(existsSync(`content/docs/${page}${page.includes('/') ? '' : '/index'}.mdx`), page).toBe(true);
		}
	});

	it('the lesson links the tools from its activity', () => {
		const lesson = readFileSync('content/docs/sub-modul-5/permainan-peran.mdx', 'utf8');
		const aside = lesson.slice(lesson.indexOf(':::tip[Aktivitas]'));
		for (const href of ['/permainan-peran/', '/permainan-peran/cetak/', '/permainan-peran/hasil/', '/permainan-peran/refleksi/', '/permainan-peran/latihan-mandiri/'])
			expect(aside.slice(0, aside.indexOf('\n:::'))).toContain(`](${href})`);
	});

	it('every feedback note, opening move, reason and level has its sentence in id.json', () => {
		const keys = [
			...['prepOk', 'prepTop', 'prepReservation', 'openOk', 'openMissing', 'openDemand', 'positionOk', 'positionModest', 'positionLow', 'askOk', 'askNone', 'tradeOk', 'tradeGap', 'commonOk', 'commonMissed', 'noConcession', 'dealOk', 'dealBelow', 'walkRight', 'walkEarly', 'walkedOut', 'timeUp'].map((k) => `feedback.${k}`),
			...['perkenalan', 'tujuan', 'bahasa', 'waktu', 'keputusan', 'tuntutan'].map((m) => `solo.move.${m}`),
			...['waktu-habis', 'alternatif-lebih-baik', 'tidak-ada-mandat', 'tidak-percaya', 'butir-macet'].map((r) => `common.reason.${r}`),
			...['kooperatif', 'tegas', 'keras'].flatMap((l) => [`solo.level.${l}`, `solo.levelText.${l}`]),
			...['deal', 'learner-walked', 'counterpart-walked', 'time-up'].map((o) => `solo.outcome.${o}`),
		];
		expect(keys.filter((k) => !strings[`paradiplomasi.roleplay.${k}`])).toEqual([]);
	});
});
