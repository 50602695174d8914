import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed four times a second while `ticking` (for countdowns computed from stored
 * times; a quarter second keeps the shown second close to the true one whatever the interval's phase). */
export function useNow(ticking: boolean): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		setNow(Date.now());
		if (!ticking) return;
		const id = setInterval(() => setNow(Date.now()), 250);
		return () => clearInterval(id);
	}, [ticking]);
	return now;
}
