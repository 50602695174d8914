/**
 * Participant mode: a participant opens the quiz the facilitator runs (by its short quiz code, a
 * QR link with ?kuis=…, or the list), optionally gives their participant number, answers on their
 * own device in the class's order, and at the end shows a short result code and its QR for the
 * facilitator. The attempt is saved like any other in $quizAttempts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { QuizItem } from '../../schemas/quiz';
import { findByCode } from '../../engine/class-quiz';
import { formatCode } from '../../engine/codes';
import { openAttempt } from '../../engine/quiz-attempts';
import { encodeQuizResult, MAX_PARTICIPANT, type CodeSet } from '../../engine/quiz-code';
import { $quizAttempts } from '../../stores/quiz-attempts';
import { fill } from '../../data/format';
import { useClientStore } from '../use-client-store';
import CodeInput, { type CodeOutcome } from '../CodeInput';
import QrCode from '../QrCode';
import type { Labels } from '../exercises/labels';
import type { QuizLabels } from './labels';
import QuizRunner from './QuizRunner';
import type { ClassSetView } from './types';

interface Props {
	sets: ClassSetView[];
	items: QuizItem[];
	sources: Record<string, { href: string; label: string }>;
	labels: QuizLabels;
	exerciseLabels: Labels;
}

/** A participant number as typed: null when empty, undefined when not a number from 1 to 999. */
function parseNumber(text: string): number | null | undefined {
	const t = text.trim();
	if (t === '') return null;
	const n = Number(t);
	return Number.isInteger(n) && n >= 1 && n <= MAX_PARTICIPANT ? n : undefined;
}

export default function ParticipantQuiz({ sets, items, sources, labels: L, exerciseLabels }: Props) {
	const results = useClientStore($quizAttempts, {});
	const [chosen, setChosen] = useState<string | null>(null);
	const [number, setNumber] = useState('');

	// A QR link names the quiz; otherwise an attempt still open on this device is resumed.
	useEffect(() => {
		const fromLink = findByCode(sets, new URLSearchParams(location.search).get('kuis') ?? '');
		const resumed = sets.find((s) => openAttempt($quizAttempts.get()[s.id]));
		const set = fromLink ?? resumed;
		if (set) setChosen(set.id);
	}, []);

	const set = sets.find((s) => s.id === chosen);
	if (!set) {
		const open = (typed: string): CodeOutcome => {
			const found = findByCode(sets, typed);
			if (!found) return { ok: false, text: fill(L['part.unknownCode'], { code: typed.trim() }) };
			setChosen(found.id);
			return { ok: true, text: '' };
		};
		return (
			<div class="pd-quiz">
				<CodeInput
					id="pd-pq-code"
					look="quiz"
					labels={{ label: L['part.codeLabel'], hint: L['part.codeHint'], submit: L['part.open'] }}
					onCode={open}
					alert
				/>
				<h2>{L['part.list']}</h2>
				<ul class="pd-pq-sets">
					{sets.map((s) => (
						<li key={s.id}>
							<button type="button" class="pd-ex-secondary" onClick={() => setChosen(s.id)}>
								{fill(L['fac.setOption'], { title: s.title, code: s.code, n: s.itemIds.length })}
							</button>
						</li>
					))}
				</ul>
			</div>
		);
	}

	const byId = new Map(items.map((i) => [i.id, i]));
	const codeSet: CodeSet = {
		id: set.id,
		index: set.index,
		title: set.title,
		items: set.itemIds.map((id) => byId.get(id)!),
	};
	const open = openAttempt(results[set.id]);
	const participant = parseNumber(number);
	return (
		<div class="pd-pq">
			<div class="pd-pq-head">
				<h2>{set.title}</h2>
				<button
					type="button"
					class="pd-ex-secondary"
					onClick={() => {
						setChosen(null);
						history.replaceState(null, '', location.pathname);
					}}
				>
					{L['part.change']}
				</button>
			</div>
			{!open && (
				<p class="pd-fq-field">
					<label for="pd-pq-number">{L['part.numberLabel']}</label>
					<input
						id="pd-pq-number"
						type="text"
						inputMode="numeric"
						value={number}
						onInput={(e) => setNumber(e.currentTarget.value)}
						aria-describedby="pd-pq-number-hint pd-pq-number-error"
						aria-invalid={participant === undefined ? true : undefined}
					/>
					<span id="pd-pq-number-hint" class="pd-fq-help">
						{L['part.numberHint']}
					</span>
					<span id="pd-pq-number-error" class="pd-fq-message is-error" role="alert">
						{participant === undefined ? L['part.numberInvalid'] : ''}
					</span>
				</p>
			)}
			{open?.participant && <p>{fill(L['part.numberShown'], { n: open.participant })}</p>}
			<QuizRunner
				key={set.id}
				quizId={set.id}
				kind="participant"
				items={codeSet.items}
				sources={sources}
				labels={L}
				exerciseLabels={exerciseLabels}
				fixed={{ order: set.itemIds, parts: set.parts, seed: set.seed, ...(participant ? { participant } : {}) }}
				canStart={participant !== undefined}
				resultExtra={(attempt) => {
					const code = encodeQuizResult(codeSet, attempt.participant ?? null, attempt.answers);
					return (
						<section class="pd-pq-code" aria-labelledby="pd-pq-code-heading">
							<h3 id="pd-pq-code-heading">{L['part.codeHeading']}</h3>
							<p>{L['part.codeIntro']}</p>
							<p class="pd-pq-code-text" data-result-code={code}>
								{formatCode(code)}
							</p>
							{attempt.participant && <p>{fill(L['part.numberShown'], { n: attempt.participant })}</p>}
							<QrCode text={code} label={fill(L['part.qrLabel'], { code: formatCode(code) })} class="pd-pq-qr" />
						</section>
					);
				}}
			/>
		</div>
	);
}
