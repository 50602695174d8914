/**
 * The facilitator's quiz session: which set and question is on screen, the countdown, hand counts,
 * and collecting result codes. Pure changes for the $facilitatorQuiz store; a refused code changes
 * nothing and says why.
 */
import { normaliseCode } from './codes';
import { countdownState, newCountdown, pauseCountdown, resetCountdown, setDuration, startCountdown } from './countdown';
import { decodeQuizResult, type CodeSet, type QuizCodeResult } from './quiz-code';
import type { FacilitatorQuiz } from '../schemas/facilitator-quiz';

export const DEFAULT_SECONDS = 30;
export const MAX_HANDS = 999;

export function newFacilitatorQuiz(now: number): FacilitatorQuiz {
	return {
		setId: null,
		index: 0,
		revealed: false,
		seconds: DEFAULT_SECONDS,
		timer: newCountdown(DEFAULT_SECONDS / 60),
		hands: {},
		codes: {},
		updatedAt: now,
	};
}

/** A new question: answer hidden, countdown back to its full time and not running. */
function freshQuestion(state: FacilitatorQuiz, index: number, now: number): FacilitatorQuiz {
	return {
		...state,
		index,
		revealed: false,
		timer: resetCountdown(setDuration(state.timer, state.seconds / 60)),
		updatedAt: now,
	};
}

export function chooseSet(state: FacilitatorQuiz, setId: string, now: number): FacilitatorQuiz {
	return freshQuestion({ ...state, setId }, 0, now);
}

export function goToQuestion(state: FacilitatorQuiz, index: number, count: number, now: number): FacilitatorQuiz {
	const to = Math.max(0, Math.min(count - 1, index));
	return to === state.index ? state : freshQuestion(state, to, now);
}

export function setRevealed(state: FacilitatorQuiz, revealed: boolean, now: number): FacilitatorQuiz {
	// Revealing stops the clock where it is: the answer is out, the time no longer matters.
	return { ...state, revealed, timer: revealed ? pauseCountdown(state.timer, now) : state.timer, updatedAt: now };
}

export function setSeconds(state: FacilitatorQuiz, seconds: number, now: number): FacilitatorQuiz {
	const s = Math.max(5, Math.min(600, Math.round(seconds)));
	return { ...state, seconds: s, timer: resetCountdown(setDuration(state.timer, s / 60)), updatedAt: now };
}

export type TimerAction = 'start' | 'pause' | 'reset';

export function controlTimer(state: FacilitatorQuiz, action: TimerAction, now: number): FacilitatorQuiz {
	const timer =
		action === 'start'
			? startCountdown(countdownState(state.timer, now).finished ? resetCountdown(state.timer) : state.timer, now)
			: action === 'pause'
				? pauseCountdown(state.timer, now)
				: resetCountdown(state.timer);
	return { ...state, timer, updatedAt: now };
}

export function setHandCount(
	state: FacilitatorQuiz,
	setId: string,
	itemId: string,
	cardId: string,
	count: number,
	now: number,
): FacilitatorQuiz {
	const n = Math.max(0, Math.min(MAX_HANDS, Math.round(Number.isFinite(count) ? count : 0)));
	const set = state.hands[setId] ?? {};
	return {
		...state,
		hands: { ...state.hands, [setId]: { ...set, [itemId]: { ...set[itemId], [cardId]: n } } },
		updatedAt: now,
	};
}

export function clearHandCounts(state: FacilitatorQuiz, setId: string, itemId: string, now: number): FacilitatorQuiz {
	const { [itemId]: _, ...rest } = state.hands[setId] ?? {};
	return { ...state, hands: { ...state.hands, [setId]: rest }, updatedAt: now };
}

export type Collected =
	{ ok: true; state: FacilitatorQuiz; result: QuizCodeResult; replaced: boolean } | { ok: false; error: string };

/**
 * Adds a typed or scanned code to the set being collected. A code already there is refused; a new
 * code from a participant number already there replaces that participant's earlier code.
 */
export function collectCode(
	state: FacilitatorQuiz,
	text: string,
	sets: readonly CodeSet[],
	setId: string,
	now: number,
): Collected {
	const decoded = decodeQuizResult(text, sets, setId);
	if (!decoded.ok) return decoded;
	const code = normaliseCode(text);
	const list = state.codes[setId] ?? [];
	if (list.includes(code)) return { ok: false, error: 'Kode ini sudah dicatat.' };
	const { participant } = decoded.result;
	const same =
		participant === null
			? -1
			: list.findIndex((c) => {
					const earlier = decodeQuizResult(c, sets, setId);
					return earlier.ok && earlier.result.participant === participant;
				});
	const next = same >= 0 ? list.map((c, i) => (i === same ? code : c)) : [...list, code];
	return {
		ok: true,
		state: { ...state, codes: { ...state.codes, [setId]: next }, updatedAt: now },
		result: decoded.result,
		replaced: same >= 0,
	};
}

export function removeCode(state: FacilitatorQuiz, setId: string, code: string, now: number): FacilitatorQuiz {
	return {
		...state,
		codes: { ...state.codes, [setId]: (state.codes[setId] ?? []).filter((c) => c !== code) },
		updatedAt: now,
	};
}

export function clearCodes(state: FacilitatorQuiz, setId: string, now: number): FacilitatorQuiz {
	const { [setId]: _, ...rest } = state.codes;
	return { ...state, codes: rest, updatedAt: now };
}

/** The collected codes of a set that still read correctly (a bank update can outdate old ones). */
export function collectedResults(
	state: FacilitatorQuiz,
	setId: string,
	sets: readonly CodeSet[],
): { code: string; result: QuizCodeResult }[] {
	return (state.codes[setId] ?? []).flatMap((code) => {
		const decoded = decodeQuizResult(code, sets, setId);
		return decoded.ok ? [{ code, result: decoded.result }] : [];
	});
}
