/** $soloGame: the solo role-play game in progress, so that a reload resumes it. */
import type { SoloAction, SoloConfig } from '../engine/roleplay/solo';
import { SavedSoloGameSchema, type SoloGame } from '../schemas/roleplay-solo';
import { createRecordStore } from './record-store';

const record = createRecordStore<SoloGame | null>(
	{ name: 'roleplay-solo', label: 'latihan permainan peran yang sedang berjalan', version: 1, schema: SavedSoloGameSchema },
	() => null,
);

export const $soloGame = record.store;

export function startSoloGame(config: SoloConfig): void {
	$soloGame.set({ config, actions: [], recorded: false });
}

/** Saves an action the game accepted. */
export function saveSoloAction(action: SoloAction): void {
	const game = $soloGame.get();
	if (game) $soloGame.set({ ...game, actions: [...game.actions, action] });
}

export function markSoloRecorded(): void {
	const game = $soloGame.get();
	if (game) $soloGame.set({ ...game, recorded: true });
}

export function endSoloGame(): void {
	$soloGame.set(null);
}
