/**
 * The facilitator's quiz for a projector (mode kuis fasilitator): one question per screen in large
 * type with a countdown, then the answer and its explanation. Answers are counted by hand (raised
 * hands or A–D cards, shown as bars) or collected as participants' result codes, typed or scanned,
 * with the class summary and, for the pre-test and post-test, the class's gain. Everything is kept
 * in $facilitatorQuiz on this device; nothing needs a server.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizItem } from '../../schemas/quiz';
import { classGain, rightCards, scoreResult, summarise } from '../../engine/class-quiz';
import { countdownState, formatClock } from '../../engine/countdown';
import { collectedResults, newFacilitatorQuiz } from '../../engine/facilitator-quiz';
import { formatCode } from '../../engine/codes';
import { formatPercent, POST_TEST, PRE_TEST } from '../../engine/quiz';
import type { CodeSet } from '../../engine/quiz-code';
import type { FacilitatorQuiz as State } from '../../schemas/facilitator-quiz';
import {
	$facilitatorQuiz,
	clearQuizCodes,
	collectQuizCode,
	countHands,
	discardQuizCode,
	questionTimer,
	resetHands,
	revealAnswer,
	runSet,
	setQuestionSeconds,
	showQuestion,
} from '../../stores/facilitator-quiz';
import { fill } from '../../data/format';
import { useClientStore } from '../use-client-store';
import { useNow } from '../roleplay/use-now';
import QrCode from '../QrCode';
import CodeInput, { type CodeOutcome } from '../CodeInput';
import type { Labels } from '../exercises/labels';
import Rich from '../exercises/Rich';
import Bars from './Bars';
import type { QuizLabels } from './labels';
import { cardText, letter, type ClassSetView } from './types';

interface Props {
	sets: ClassSetView[];
	items: QuizItem[];
	sources: Record<string, { href: string; label: string }>;
	labels: QuizLabels;
	exerciseLabels: Labels;
	/** The participants' page, e.g. "/kuis/peserta/". */
	participantPath: string;
}

export default function FacilitatorQuiz(props: Props) {
	const { sets, items, labels: L } = props;
	const state = useClientStore($facilitatorQuiz, newFacilitatorQuiz(0));
	const [view, setView] = useState<'stage' | 'collect'>('stage');
	const byId = new Map(items.map((i) => [i.id, i]));
	const set = sets.find((s) => s.id === state.setId);
	const codeSets: CodeSet[] = sets.map((s) => ({
		id: s.id,
		index: s.index,
		title: s.title,
		items: s.itemIds.map((id) => byId.get(id)!),
	}));

	return (
		<div class="pd-fq">
			<div class="pd-fq-toolbar">
				<p class="pd-fq-field">
					<label for="pd-fq-set">{L['fac.chooseSet']}</label>
					<select
						id="pd-fq-set"
						value={state.setId ?? ''}
						onChange={(e) => e.currentTarget.value && runSet(e.currentTarget.value)}
					>
						<option value="">{L['fac.choosePrompt']}</option>
						{sets.map((s) => (
							<option key={s.id} value={s.id}>
								{fill(L['fac.setOption'], { title: s.title, code: s.code, n: s.itemIds.length })}
							</option>
						))}
					</select>
				</p>
				<p class="pd-fq-field">
					<label for="pd-fq-seconds">{L['fac.seconds']}</label>
					<input
						id="pd-fq-seconds"
						type="number"
						inputMode="numeric"
						min={5}
						max={600}
						step={5}
						value={state.seconds}
						onChange={(e) => {
							const n = Number(e.currentTarget.value);
							if (Number.isFinite(n)) setQuestionSeconds(n);
						}}
					/>
				</p>
				<div class="pd-fq-views" role="group" aria-label={L['fac.views']}>
					<button
						type="button"
						class={view === 'stage' ? 'pd-button' : 'pd-ex-secondary'}
						aria-pressed={view === 'stage'}
						onClick={() => setView('stage')}
					>
						{L['fac.viewStage']}
					</button>
					<button
						type="button"
						class={view === 'collect' ? 'pd-button' : 'pd-ex-secondary'}
						aria-pressed={view === 'collect'}
						onClick={() => setView('collect')}
					>
						{L['fac.viewCollect']}
					</button>
				</div>
			</div>
			{!set ? (
				<p class="pd-quiz-note">{L['fac.noSet']}</p>
			) : view === 'stage' ? (
				<>
					<Stage {...props} state={state} set={set} byId={byId} />
					<Join set={set} labels={L} participantPath={props.participantPath} />
				</>
			) : (
				<Collect {...props} state={state} set={set} byId={byId} codeSets={codeSets} />
			)}
		</div>
	);
}

interface StageProps extends Props {
	state: State;
	set: ClassSetView;
	byId: Map<string, QuizItem>;
}

function Stage({ state, set, byId, labels: L, exerciseLabels, sources }: StageProps) {
	const stageRef = useRef<HTMLElement>(null);
	const [full, setFull] = useState(false);
	const running = state.timer.startedAt !== null;
	const now = useNow(running);
	const clock = countdownState(state.timer, now);
	const count = set.itemIds.length;
	const index = Math.min(state.index, count - 1);
	const item = byId.get(set.itemIds[index]!)!;
	const cards = set.parts[item.id] ?? [];
	const right = rightCards(item);
	const hands = state.hands[set.id]?.[item.id] ?? {};
	const source = sources[item.id];

	useEffect(() => {
		const onChange = () => setFull(document.fullscreenElement === stageRef.current);
		document.addEventListener('fullscreenchange', onChange);
		return () => document.removeEventListener('fullscreenchange', onChange);
	}, []);
	const toggleFull = () => {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void stageRef.current?.requestFullscreen?.().catch(() => undefined);
	};

	return (
		<section
			class={`pd-fq-stage${state.revealed ? ' is-revealed' : ''}`}
			ref={stageRef}
			aria-labelledby="pd-fq-counter"
		>
			<div class="pd-fq-head">
				<h2 id="pd-fq-counter" class="pd-fq-counter">
					{fill(L['fac.question'], { n: index + 1, total: count })}
					<span class="pd-fq-setname"> · {set.title}</span>
				</h2>
				<p class={`pd-fq-clock${clock.finished ? ' is-over' : ''}`}>
					<span class="sr-only">{L['fac.timeLeft']}: </span>
					<span role="timer">{clock.finished ? L['fac.timeUp'] : formatClock(clock.remainingMs)}</span>
				</p>
			</div>
			<div class="pd-fq-body">
				<div class="pd-fq-main">
					<p class="pd-fq-prompt">
						<Rich text={item.prompt} />
					</p>
					{item.type === 'truefalse' && (
						<p class="pd-fq-statement">
							<Rich text={item.statements[0]!.text} />
						</p>
					)}
					<ol class="pd-fq-options">
						{cards.map((card, i) => {
							const isRight = state.revealed && right.includes(card);
							return (
								<li key={card} class={`pd-fq-option${isRight ? ' is-right' : ''}`}>
									<span class="pd-fq-letter" aria-hidden="true">
										{letter(i)}
									</span>
									<span class="sr-only">{letter(i)}. </span>
									<span>{cardText(item, card, exerciseLabels)}</span>
									{isRight && (
										<span class="pd-fq-right">
											<span aria-hidden="true">✓</span> {L['fac.rightAnswer']}
										</span>
									)}
								</li>
							);
						})}
					</ol>
					{state.revealed && (
						<div class="pd-fq-explanation">
							<p>
								<strong>{exerciseLabels.explanation}:</strong> <Rich text={item.explanation} />
							</p>
							{source && (
								<p>
									{exerciseLabels.source} <a href={source.href}>{source.label}</a>
								</p>
							)}
						</div>
					)}
				</div>
				<div class="pd-fq-hands">
					<h3>{L['fac.handsHeading']}</h3>
					<p class="pd-fq-help">{L['fac.handsHelp']}</p>
					<ul class="pd-fq-counters">
						{cards.map((card, i) => {
							const n = hands[card] ?? 0;
							return (
								<li key={card}>
									<span class="pd-fq-letter" aria-hidden="true">
										{letter(i)}
									</span>
									<button
										type="button"
										class="pd-fq-step"
										aria-label={fill(L['fac.less'], { letter: letter(i) })}
										disabled={n === 0}
										onClick={() => countHands(set.id, item.id, card, n - 1)}
									>
										−
									</button>
									<input
										type="number"
										inputMode="numeric"
										min={0}
										max={999}
										value={n}
										aria-label={fill(L['fac.handsFor'], { letter: letter(i) })}
										onChange={(e) => countHands(set.id, item.id, card, Number(e.currentTarget.value))}
									/>
									<button
										type="button"
										class="pd-fq-step"
										aria-label={fill(L['fac.more'], { letter: letter(i) })}
										onClick={() => countHands(set.id, item.id, card, n + 1)}
									>
										+
									</button>
								</li>
							);
						})}
					</ul>
					<Bars
						order={cards}
						counts={hands}
						{...(state.revealed ? { right } : {})}
						title={fill(L['fac.chartTitle'], { n: index + 1 })}
						valueLabel={L['fac.barValue']}
						rightLabel={L['fac.rightAnswer']}
					/>
					<button type="button" class="pd-ex-secondary" onClick={() => resetHands(set.id, item.id)}>
						{L['fac.handsReset']}
					</button>
				</div>
			</div>
			<p class="sr-only" role="status">
				{clock.finished ? L['fac.timeUp'] : ''}
			</p>
			<div class="pd-fq-controls">
				<button
					type="button"
					class="pd-ex-secondary"
					disabled={index === 0}
					onClick={() => showQuestion(index - 1, count)}
				>
					{L.previous}
				</button>
				{running ? (
					<button type="button" class="pd-ex-secondary" onClick={() => questionTimer('pause')}>
						{L['fac.timerPause']}
					</button>
				) : (
					<button type="button" class="pd-ex-secondary" onClick={() => questionTimer('start')}>
						{L['fac.timerStart']}
					</button>
				)}
				<button type="button" class="pd-ex-secondary" onClick={() => questionTimer('reset')}>
					{L['fac.timerReset']}
				</button>
				<button type="button" class="pd-button" onClick={() => revealAnswer(!state.revealed)}>
					{state.revealed ? L['fac.hide'] : L['fac.reveal']}
				</button>
				<button
					type="button"
					class="pd-button"
					disabled={index + 1 >= count}
					onClick={() => showQuestion(index + 1, count)}
				>
					{L.next}
				</button>
				<button type="button" class="pd-ex-secondary" onClick={toggleFull}>
					{full ? L['fac.exitFullscreen'] : L['fac.fullscreen']}
				</button>
			</div>
		</section>
	);
}

/** How participants with a device join: the quiz code and a QR code of the participants' page. */
function Join({ set, labels: L, participantPath }: { set: ClassSetView; labels: QuizLabels; participantPath: string }) {
	const [url, setUrl] = useState<string | null>(null);
	useEffect(
		() => setUrl(new URL(`${participantPath}?kuis=${set.code}`, location.href).href),
		[set.code, participantPath],
	);
	return (
		<section class="pd-fq-join" aria-labelledby="pd-fq-join">
			<h2 id="pd-fq-join">{L['fac.joinHeading']}</h2>
			<p>
				{L['fac.joinText']} <strong class="pd-fq-code">{set.code}</strong>
			</p>
			{url && (
				<>
					<QrCode text={url} label={fill(L['fac.joinQr'], { title: set.title })} class="pd-fq-qr" />
					<p class="pd-fq-url">{url}</p>
				</>
			)}
		</section>
	);
}

interface CollectProps extends StageProps {
	codeSets: CodeSet[];
}

function Collect({ state, set, byId, codeSets, labels: L, exerciseLabels }: CollectProps) {
	const [confirmClear, setConfirmClear] = useState(false);
	const setItems = set.itemIds.map((id) => byId.get(id)!);
	const collected = collectedResults(state, set.id, codeSets);
	const summary = summarise(
		setItems,
		collected.map((c) => c.result),
	);
	const who = (n: number | null) => (n === null ? L['fac.anonymous'] : fill(L['fac.participantN'], { n }));

	const add = (code: string): CodeOutcome => {
		const outcome = collectQuizCode(code, codeSets, set.id);
		if (!outcome.ok) return { ok: false, text: outcome.error };
		const scored = scoreResult(setItems, outcome.result);
		const note = fill(L['fac.added'], { who: who(outcome.result.participant), percent: formatPercent(scored.percent) });
		return {
			ok: true,
			text: outcome.replaced ? `${note} ${fill(L['fac.replaced'], { n: outcome.result.participant ?? '' })}` : note,
		};
	};

	const isTest = set.id === PRE_TEST || set.id === POST_TEST;
	const scoredOf = (id: string) => {
		const items = codeSets.find((s) => s.id === id)!.items;
		return collectedResults(state, id, codeSets).map((c) => scoreResult(items, c.result));
	};
	const gain = isTest ? classGain(scoredOf(PRE_TEST), scoredOf(POST_TEST)) : undefined;

	return (
		<div class="pd-fq-collect">
			<section aria-labelledby="pd-fq-collect">
				<h2 id="pd-fq-collect">{fill(L['fac.collectHeading'], { title: set.title })}</h2>
				<CodeInput
					id="pd-fq-code"
					look="quiz"
					labels={{
						label: L['fac.codeInput'],
						hint: L['fac.codeHint'],
						submit: L['fac.add'],
						scan: {
							open: L['fac.scan'],
							scanning: L['fac.scanning'],
							close: L['fac.scanClose'],
							denied: L['fac.scanDenied'],
							video: L['fac.scanVideo'],
						},
					}}
					onCode={add}
				/>
			</section>

			<section class="pd-fq-summary" aria-labelledby="pd-fq-summary">
				<h2 id="pd-fq-summary">{L['fac.summaryHeading']}</h2>
				{summary.count === 0 ? (
					<p>{L['fac.noCodes']}</p>
				) : (
					<dl class="pd-fq-figures">
						<div>
							<dt>{L['fac.count']}</dt>
							<dd>{summary.count}</dd>
						</div>
						<div>
							<dt>{L['fac.average']}</dt>
							<dd>{formatPercent(summary.averagePercent ?? 0)}%</dd>
						</div>
					</dl>
				)}
				{isTest && (
					<div class="pd-fq-gain">
						<h3>{L['fac.gainHeading']}</h3>
						{gain ? (
							<>
								<p>
									{fill(L['fac.gainAverages'], {
										pre: formatPercent(gain.pre.average),
										preN: gain.pre.count,
										post: formatPercent(gain.post.average),
										postN: gain.post.count,
										points: `${gain.difference >= 0 ? '+' : '−'}${formatPercent(Math.abs(gain.difference))}`,
									})}
								</p>
								<p>
									{gain.matched
										? fill(L['fac.gainMatched'], {
												n: gain.matched.count,
												points: `${gain.matched.average >= 0 ? '+' : '−'}${formatPercent(Math.abs(gain.matched.average))}`,
											})
										: L['fac.gainNoMatch']}
								</p>
							</>
						) : (
							<p>{L['fac.gainMissing']}</p>
						)}
					</div>
				)}
				{summary.count > 0 && (
					<>
						<h3>{L['fac.perQuestion']}</h3>
						<ol class="pd-fq-questions">
							{summary.questions.map((q, i) => {
								const item = byId.get(q.itemId)!;
								return (
									<li key={q.itemId}>
										<p class="pd-fq-qtitle">
											<strong>{fill(L['fac.question'], { n: i + 1, total: setItems.length })}:</strong>{' '}
											<Rich text={item.prompt} />
										</p>
										<p class="pd-fq-help">{fill(L['fac.correctShare'], { n: q.correct, total: summary.count })}</p>
										<Bars
											order={set.parts[item.id] ?? []}
											counts={q.counts}
											right={rightCards(item)}
											title={fill(L['fac.chartTitle'], { n: i + 1 })}
											valueLabel={L['fac.barValue']}
											rightLabel={L['fac.rightAnswer']}
											extra={{ label: L['fac.none'], count: q.none }}
										/>
										<ul class="pd-fq-legend">
											{(set.parts[item.id] ?? []).map((card, j) => (
												<li key={card}>
													{letter(j)}. {cardText(item, card, exerciseLabels)}
												</li>
											))}
										</ul>
									</li>
								);
							})}
						</ol>
					</>
				)}
			</section>

			{collected.length > 0 && (
				<section aria-labelledby="pd-fq-codes">
					<h2 id="pd-fq-codes">{fill(L['fac.codesHeading'], { n: collected.length })}</h2>
					<ul class="pd-fq-codes">
						{collected.map(({ code, result }) => {
							const scored = scoreResult(setItems, result);
							return (
								<li key={code}>
									<span>
										<strong>{who(result.participant)}</strong> ·{' '}
										{fill(L['fac.codeScore'], {
											score: scored.score,
											max: scored.max,
											percent: formatPercent(scored.percent),
										})}{' '}
										· <code>{formatCode(code)}</code>
									</span>
									<button
										type="button"
										class="pd-ex-secondary"
										aria-label={fill(L['fac.removeLabel'], { code: formatCode(code) })}
										onClick={() => discardQuizCode(set.id, code)}
									>
										{L['fac.remove']}
									</button>
								</li>
							);
						})}
					</ul>
					{confirmClear ? (
						<p class="pd-fq-actions" role="alert">
							{L['fac.confirmClear']}{' '}
							<button
								type="button"
								class="pd-button"
								onClick={() => {
									clearQuizCodes(set.id);
									setConfirmClear(false);
								}}
							>
								{L['fac.clearYes']}
							</button>{' '}
							<button type="button" class="pd-ex-secondary" onClick={() => setConfirmClear(false)}>
								{L['fac.clearNo']}
							</button>
						</p>
					) : (
						<button type="button" class="pd-ex-secondary" onClick={() => setConfirmClear(true)}>
							{L['fac.clearCodes']}
						</button>
					)}
				</section>
			)}
		</div>
	);
}
