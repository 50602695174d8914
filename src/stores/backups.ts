/**
 * Saved text the course could not read: never thrown away, kept under one key so the learner can
 * export it. Each entry says which record it was and why it was set aside.
 */
import { atom } from 'nanostores';
import { readStored, writeStored } from './storage-status';

export interface Backup {
	/** The storage key the text was found under. */
	key: string;
	problem: string;
	raw: string;
	at: number;
}

export const BACKUP_KEY = 'paradiplomasi:backups:v1';

function loadBackups(): Backup[] {
	try {
		const parsed: unknown = JSON.parse(readStored(BACKUP_KEY) ?? '[]');
		return Array.isArray(parsed) ? (parsed as Backup[]) : [];
	} catch {
		return [];
	}
}

export const $backups = atom<Backup[]>(loadBackups());

export function keepBackup(key: string, raw: string, problem: string, now = Date.now()): void {
	const list = $backups.get();
	if (list.some((b) => b.key === key && b.raw === raw)) return;
	const next = [...list, { key, raw, problem, at: now }];
	writeStored(BACKUP_KEY, JSON.stringify(next));
	$backups.set(next);
}

/** Deletes one backup, once the learner has saved its text elsewhere. */
export function discardBackup(backup: Pick<Backup, 'key' | 'raw' | 'at'>): void {
	const next = $backups.get().filter((b) => !(b.key === backup.key && b.raw === backup.raw && b.at === backup.at));
	writeStored(BACKUP_KEY, JSON.stringify(next));
	$backups.set(next);
}
