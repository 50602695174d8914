/**
 * The short code a small group shows the facilitator: which scenario, which group, whether they
 * signed, the option on each item if they did, and if not, why. Built on engine/codes.ts (kind
 * "roleplay"), so a mistyped code is caught by its check symbols.
 *
 * Payload, version 1: scenario number (4 bits), group number (8 bits), signed (1 bit); then either
 * one option per item (3 bits each) or the reason (3 bits) and, for "could not agree on an item",
 * that item (3 bits).
 */
import { BitWriter, decodeCode, encodeCode } from '../codes';

export const RESULT_CODE_VERSION = 1;
export const MAX_GROUP = 255;

/** Why a group did not sign; the order is part of the code. */
export const NO_DEAL_REASONS = ['waktu-habis', 'alternatif-lebih-baik', 'tidak-ada-mandat', 'tidak-percaya', 'butir-macet'] as const;
export type NoDealReason = (typeof NO_DEAL_REASONS)[number];

export type GroupResult =
	| { scenario: number; group: number; signed: true; options: number[] }
	| { scenario: number; group: number; signed: false; reason: NoDealReason; item?: number };

/** What the decoder needs to know of each scenario: its number and each item's option count. */
export interface ScenarioShape {
	number: number;
	optionCounts: readonly number[];
}

export type DecodedResult = { ok: true; result: GroupResult } | { ok: false; error: string };

export function encodeResult(result: GroupResult): string {
	const w = new BitWriter().write(result.scenario, 4).write(result.group, 8).write(result.signed ? 1 : 0, 1);
	if (result.signed) for (const option of result.options) w.write(option, 3);
	else {
		w.write(NO_DEAL_REASONS.indexOf(result.reason) + 1, 3);
		if (result.reason === 'butir-macet') w.write(result.item ?? 0, 3);
	}
	return encodeCode('roleplay', RESULT_CODE_VERSION, w);
}

export function decodeResult(text: unknown, scenarios: readonly ScenarioShape[]): DecodedResult {
	const decoded = decodeCode(text, 'roleplay');
	if (!decoded.ok) return decoded;
	if (decoded.version !== RESULT_CODE_VERSION)
		return { ok: false, error: `Kode ini dibuat oleh versi kursus yang lain (versi ${decoded.version}); buat ulang kodenya di halaman hasil kelompok.` };
	const r = decoded.reader;
	const number = r.read(4);
	const group = r.read(8);
	const signed = r.read(1);
	if (number === undefined || group === undefined || signed === undefined)
		return { ok: false, error: 'Kode terlalu pendek; periksa apakah ada huruf yang terlewat.' };
	const scenario = scenarios.find((s) => s.number === number);
	if (!scenario) return { ok: false, error: `Kode menyebut skenario nomor ${number}, yang tidak ada di kursus ini.` };
	if (group < 1) return { ok: false, error: 'Nomor kelompok dalam kode tidak sah.' };
	let result: GroupResult;
	if (signed === 1) {
		const options: number[] = [];
		for (const [i, count] of scenario.optionCounts.entries()) {
			const option = r.read(3);
			if (option === undefined) return { ok: false, error: 'Kode terlalu pendek; periksa apakah ada huruf yang terlewat.' };
			if (option >= count) return { ok: false, error: `Kode berisi pilihan yang tidak ada pada butir ${i + 1}.` };
			options.push(option);
		}
		result = { scenario: number, group, signed: true, options };
	} else {
		const reason = r.read(3);
		if (reason === undefined) return { ok: false, error: 'Kode terlalu pendek; periksa apakah ada huruf yang terlewat.' };
		const name = NO_DEAL_REASONS[reason - 1];
		if (!name) return { ok: false, error: 'Kode berisi alasan yang tidak dikenal.' };
		result = { scenario: number, group, signed: false, reason: name };
		if (name === 'butir-macet') {
			const item = r.read(3);
			if (item === undefined || item >= scenario.optionCounts.length)
				return { ok: false, error: 'Kode menyebut butir yang tidak ada dalam skenario ini.' };
			result.item = item;
		}
	}
	// Only the zero padding of the last symbol may remain.
	if (r.remaining >= 5 || r.read(r.remaining) !== 0)
		return { ok: false, error: 'Kode lebih panjang dari seharusnya; periksa apakah ada huruf tambahan.' };
	return { ok: true, result };
}
