/**
 * Whether the browser keeps what the course saves. Installs a storage engine for
 * @nanostores/persistent that never throws: when localStorage is blocked (private mode, site data
 * blocked by policy) or full, writes are kept in memory for this page and the status says so.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type StorageStatus = 'ok' | 'blocked' | 'full';

export const $storageStatus = atom<StorageStatus>('ok');

const memory = new Map<string, string>();

/** The browser's localStorage, or undefined where it is blocked (including the in-memory
 * stand-in that the ThemeProvider override installs, marked `__memory`). */
function local(): Storage | undefined {
	try {
		if (typeof localStorage === 'undefined' || '__memory' in localStorage) return undefined;
		return localStorage;
	} catch {
		return undefined;
	}
}

function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

function failed(error: unknown): void {
	$storageStatus.set(isQuotaError(error) ? 'full' : 'blocked');
}

export function readStored(key: string): string | undefined {
	if (memory.has(key)) return memory.get(key);
	try {
		return local()?.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

export function writeStored(key: string, value: string): void {
	const ls = local();
	if (!ls) {
		memory.set(key, value);
		$storageStatus.set('blocked');
		return;
	}
	try {
		ls.setItem(key, value);
		memory.delete(key);
	} catch (error) {
		memory.set(key, value);
		failed(error);
	}
}

export function removeStored(key: string): void {
	memory.delete(key);
	try {
		local()?.removeItem(key);
	} catch {
		// Nothing was stored there to begin with.
	}
}

/** Checks once that a write goes through; call on page start. */
export function probeStorage(): StorageStatus {
	const ls = local();
	if (!ls) {
		$storageStatus.set('blocked');
		return 'blocked';
	}
	try {
		ls.setItem('paradiplomasi:probe', '1');
		ls.removeItem('paradiplomasi:probe');
	} catch (error) {
		failed(error);
	}
	return $storageStatus.get();
}

const safeEngine = new Proxy({} as Record<string, string>, {
	get: (_, key) => (typeof key === 'string' ? readStored(key) : undefined),
	has: (_, key) => typeof key === 'string' && readStored(key) !== undefined,
	set: (_, key, value) => {
		if (typeof key === 'string') writeStored(key, String(value));
		return true;
	},
	deleteProperty: (_, key) => {
		if (typeof key === 'string') removeStored(key);
		return true;
	},
});

if (typeof window !== 'undefined') setPersistentEngine(safeEngine, windowPersistentEvents);
