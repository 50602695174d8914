import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value, but the server's value until the island has mounted: Preact's hydration does
 * not patch what differs from the server HTML (an input's value, a pressed state), so the saved
 * value is applied in a render of its own.
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
	const value = useStore(store);
	const [mounted, setMounted] = useState(false);
	useEffect(() => setMounted(true), []);
	return mounted ? value : serverValue;
}
