/**
 * The solo practice (*latihan mandiri*): the learner picks a scenario, a side and the counterpart's
 * level, prepares with the confidential sheet, opens, then negotiates item by item against the
 * computer. At the end: both scores, the frontier, and feedback on the five steps and the tips.
 * The game is saved as its actions ($soloGame) and the finished result in the learner's progress.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { LEVELS, type Level } from '../../engine/roleplay/counterpart';
import { soloFeedback, STEPS, type FeedbackNote } from '../../engine/roleplay/feedback';
import { paretoFrontier } from '../../engine/roleplay/frontier';
import { otherSide, score, type Side } from '../../engine/roleplay/model';
import { openingComplete, OPENING_MOVES, replaySolo, soloStep, GOOD_OPENING, type OpeningMove, type SoloAction, type SoloError, type SoloState, type Turn } from '../../engine/roleplay/solo';
import { sideView, type FullScenario } from '../../engine/roleplay/views';
import type { RoleplayPractice } from '../../schemas/progress';
import type { SoloGame } from '../../schemas/roleplay-solo';
import { $roleplayPractice, recordRoleplayAttempt } from '../../stores/roleplay-practice';
import { $soloGame, endSoloGame, markSoloRecorded, saveSoloAction, startSoloGame } from '../../stores/roleplay-solo';
import { useClientStore } from '../use-client-store';
import FrontierPlot from './FrontierPlot';
import SideSheetView from './SideSheetView';

type L = Labels<'common' | 'sheet' | 'solo' | 'feedback' | 'plot'>;

interface Props {
	scenarios: FullScenario[];
	labels: L;
}

export default function RoleplaySolo({ scenarios, labels: L }: Props) {
	const game = useClientStore($soloGame, null);
	const practice = useClientStore($roleplayPractice, {});
	const scenario = game && scenarios.find((s) => s.id === game.config.scenario);
	return (
		<div class="rp-solo">
			{game && scenario ? <Game game={game} scenario={scenario} L={L} /> : <Start scenarios={scenarios} L={L} />}
			<History practice={practice} scenarios={scenarios} L={L} />
		</div>
	);
}

function Start({ scenarios, L }: { scenarios: FullScenario[]; L: L }) {
	const [scenario, setScenario] = useState(scenarios[0]!.id);
	const [side, setSide] = useState<Side>('marvel');
	const [level, setLevel] = useState<Level>('tegas');
	return (
		<form
			class="rp-solo-start"
			onSubmit={(e) => {
				e.preventDefault();
				startSoloGame({ scenario, side, level, seed: Math.floor(Math.random() * 2 ** 31) });
			}}
		>
			<h2>{L['solo.startHeading']}</h2>
			<fieldset>
				<legend>{L['solo.chooseScenario']}</legend>
				{scenarios.map((s) => (
					<label class="rp-choice">
						<input type="radio" name="rp-solo-scenario" checked={scenario === s.id} onChange={() => setScenario(s.id)} /> {L[`common.issue.${s.issue}`]}: {s.title}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>{L['solo.chooseSide']}</legend>
				{(['marvel', 'batman'] as const).map((s) => (
					<label class="rp-choice">
						<input type="radio" name="rp-solo-side" checked={side === s} onChange={() => setSide(s)} /> {L[`common.${s}`]} ({L[`common.${s}Role`]})
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>{L['solo.chooseLevel']}</legend>
				{LEVELS.map((l) => (
					<label class="rp-choice">
						<input type="radio" name="rp-solo-level" checked={level === l} onChange={() => setLevel(l)} /> <strong>{L[`solo.level.${l}`]}</strong>: {L[`solo.levelText.${l}`]}
					</label>
				))}
			</fieldset>
			<p>
				<button type="submit" class="pd-button">
					{L['solo.start']}
				</button>
			</p>
		</form>
	);
}

function errorText(error: SoloError, scenario: FullScenario, L: L): string {
	if (error.code === 'mandate') return fill(L['solo.errorMandate'], { items: error.items.map((i) => scenario.items[i]!.title).join(', ') });
	if (error.code === 'package') return L['solo.errorPackage'];
	return L['solo.errorPhase'];
}

function Game({ game, scenario, L }: { game: SoloGame; scenario: FullScenario; L: L }) {
	const { config } = game;
	const state = replaySolo(scenario, config, game.actions);
	const [error, setError] = useState('');
	const view = sideView(scenario, config.side);

	const act = (action: SoloAction) => {
		const step = soloStep(scenario, config, state, action);
		if (step.error) return setError(errorText(step.error, scenario, L));
		setError('');
		saveSoloAction(action);
	};

	useEffect(() => {
		if (state.phase !== 'selesai' || game.recorded || !state.outcome) return;
		const notes = soloFeedback(scenario, config, state);
		recordRoleplayAttempt(scenario.id, {
			side: config.side,
			level: config.level,
			seed: config.seed,
			outcome: state.outcome.kind,
			options: state.outcome.pkg,
			learner: state.outcome.learner,
			counterpart: state.outcome.counterpart,
			met: notes.filter((n) => n.ok).map((n) => n.key),
			missed: notes.filter((n) => !n.ok).map((n) => n.key),
			finishedAt: Date.now(),
		});
		markSoloRecorded();
	}, [state.phase, game.recorded]);

	const steps = ['persiapan', 'pembukaan', 'perundingan', 'selesai'] as const;
	return (
		<div class="rp-game">
			<p class="rp-game-meta">
				{L[`common.issue.${scenario.issue}`]}: {scenario.title} · {fill(L['solo.youPlay'], { side: L[`common.${config.side}`], party: view.sheet.party })} ·{' '}
				{fill(L['solo.levelIs'], { level: L[`solo.level.${config.level}`] })}
			</p>
			<ol class="rp-phases" aria-label={L['solo.phases']}>
				{steps.map((p) => (
					<li aria-current={state.phase === p ? 'step' : undefined}>{L[`solo.phase.${p}`]}</li>
				))}
			</ol>
			{state.phase === 'persiapan' && <Prepare view={view} L={L} onDone={act} />}
			{state.phase === 'pembukaan' && <Opening L={L} onDone={act} />}
			{state.phase === 'perundingan' && <Negotiate key={state.offers.length} state={state} scenario={scenario} side={config.side} L={L} act={act} view={view} />}
			{state.phase === 'selesai' && <Finished state={state} scenario={scenario} game={game} L={L} />}
			<p role="alert" class="rp-error">
				{error}
			</p>
			{state.phase !== 'selesai' && (
				<p>
					<button type="button" class="rp-link-button" onClick={() => endSoloGame()}>
						{L['solo.abandon']}
					</button>
				</p>
			)}
		</div>
	);
}

function Prepare({ view, L, onDone }: { view: ReturnType<typeof sideView>; L: L; onDone: (a: SoloAction) => void }) {
	const [top, setTop] = useState<number | null>(null);
	const [reservation, setReservation] = useState('');
	const [error, setError] = useState('');
	return (
		<section aria-labelledby="rp-prep">
			<h2 id="rp-prep">{L['solo.prepHeading']}</h2>
			<p>{L['solo.prepIntro']}</p>
			<SideSheetView view={view} labels={L} level={3} />
			<form
				class="rp-prep-form"
				onSubmit={(e) => {
					e.preventDefault();
					const value = Number(reservation);
					if (top === null || reservation === '' || !Number.isInteger(value) || value < 0 || value > 100) return setError(L['solo.prepError']);
					onDone({ type: 'prepare', topItem: top, reservation: value });
				}}
			>
				<fieldset>
					<legend>{L['solo.prepTop']}</legend>
					{view.items.map((item, i) => (
						<label class="rp-choice">
							<input type="radio" name="rp-prep-top" checked={top === i} onChange={() => setTop(i)} /> {item.title}
						</label>
					))}
				</fieldset>
				<p class="rp-field">
					<label for="rp-prep-res">{L['solo.prepReservation']}</label>
					<input id="rp-prep-res" type="number" inputMode="numeric" min={0} max={100} value={reservation} onInput={(e) => setReservation(e.currentTarget.value)} />
				</p>
				<p role="alert" class="rp-error">
					{error}
				</p>
				<p>
					<button type="submit" class="pd-button">
						{L['solo.prepDone']}
					</button>
				</p>
			</form>
		</section>
	);
}

function Opening({ L, onDone }: { L: L; onDone: (a: SoloAction) => void }) {
	const [moves, setMoves] = useState<OpeningMove[]>([]);
	return (
		<section aria-labelledby="rp-open">
			<h2 id="rp-open">{L['solo.openHeading']}</h2>
			<form
				onSubmit={(e) => {
					e.preventDefault();
					onDone({ type: 'open', moves });
				}}
			>
				<fieldset>
					<legend>{L['solo.openIntro']}</legend>
					{OPENING_MOVES.map((m) => (
						<label class="rp-choice">
							<input type="checkbox" checked={moves.includes(m)} onChange={() => setMoves(moves.includes(m) ? moves.filter((x) => x !== m) : [...moves, m])} />{' '}
							{L[`solo.move.${m}`]}
						</label>
					))}
				</fieldset>
				<p>
					<button type="submit" class="pd-button">
						{L['solo.openDone']}
					</button>
				</p>
			</form>
		</section>
	);
}

function packageLines(scenario: FullScenario, side: Side, pkg: number[], L: L) {
	return (
		<ul class="rp-package">
			{pkg.map((o, i) => (
				<li>
					<strong>{scenario.items[i]!.title}:</strong> {scenario.items[i]!.options[o]!.label}{' '}
					<span class="rp-points">{fill(L['solo.points'], { points: scenario.items[i]!.options[o]![side] })}</span>
					{scenario.items[i]!.options[o]!.outsideMandate.includes(side) && <strong class="rp-mandate"> ({L['sheet.outsideMandate']})</strong>}
				</li>
			))}
		</ul>
	);
}

function turnText(turn: Turn, scenario: FullScenario, side: Side, L: L): string {
	const other = otherSide(side);
	if (turn.by === 'learner')
		return turn.type === 'offer'
			? fill(L['solo.youOffered'], { points: score(scenario, side, turn.pkg) })
			: turn.type === 'ask'
				? L['solo.youAsked']
				: turn.type === 'accept'
					? L['solo.youAccepted']
					: L['solo.youWalked'];
	switch (turn.type) {
		case 'counter':
			return fill(L['solo.theyCountered'], { points: score(scenario, side, turn.pkg) });
		case 'accept':
			return L['solo.theyAccepted'];
		case 'walk':
			return turn.reason === 'time' ? L['solo.theyTimeUp'] : L['solo.theyWalked'];
		case 'answer': {
			const a = turn.answer;
			if (a.type === 'deflect') return L['solo.answerDeflect'];
			if (a.type === 'nothing-left') return L['solo.answerNothing'];
			const item = scenario.items[a.item]!.title;
			return a.option === undefined
				? fill(L['solo.answerItem'], { item })
				: fill(L['solo.answerOption'], { item, option: scenario.items[a.item]!.options[a.option]!.label, party: scenario.sides[other].party });
		}
	}
}

function Negotiate({ state, scenario, side, L, act, view }: { state: SoloState; scenario: FullScenario; side: Side; L: L; act: (a: SoloAction) => void; view: ReturnType<typeof sideView> }) {
	const last = state.offers.at(-1);
	const [draft, setDraft] = useState<(number | null)[]>(() => last ?? scenario.items.map(() => null));
	const complete = draft.every((o) => o !== null);
	const value = complete ? score(scenario, side, draft as number[]) : null;
	const latest = [...state.turns].reverse().find((t) => t.by === 'counterpart');
	const round = Math.min(state.offers.length + 1, state.rounds);
	return (
		<section aria-labelledby="rp-talk">
			<h2 id="rp-talk">{L['solo.talkHeading']}</h2>
			<p>
				{fill(L['solo.round'], { round, rounds: state.rounds })}{' '}
				{state.offers.length === 0 && (openingComplete(state.opening ?? []) ? L['solo.openWelcomed'] : L['solo.openPlain'])}
			</p>
			<details class="rp-sheet-details">
				<summary>{L['solo.rereadSheet']}</summary>
				<SideSheetView view={view} labels={L} level={3} />
			</details>
			<div class="rp-talk">
				<div class="rp-log">
					<h3>{L['solo.logHeading']}</h3>
					{state.turns.length === 0 ? (
						<p>{L['solo.logEmpty']}</p>
					) : (
						<ol>
							{state.turns.map((t) => (
								<li class={`rp-turn rp-turn-${t.by}`}>{turnText(t, scenario, side, L)}</li>
							))}
						</ol>
					)}
					<p role="status" class="sr-only">
						{latest ? turnText(latest, scenario, side, L) : ''}
					</p>
					{state.counter && (
						<div class="rp-counter">
							<h3>{L['solo.counterHeading']}</h3>
							{packageLines(scenario, side, state.counter, L)}
							<p>{fill(L['solo.counterValue'], { points: score(scenario, side, state.counter), reservation: view.sheet.reservation })}</p>
							<button type="button" class="pd-button" onClick={() => act({ type: 'accept' })}>
								{L['solo.acceptCounter']}
							</button>
						</div>
					)}
				</div>
				<form
					class="rp-offer"
					onSubmit={(e) => {
						e.preventDefault();
						act({ type: 'offer', pkg: draft.map((o) => o ?? -1) });
					}}
				>
					<h3>{L['solo.offerHeading']}</h3>
					{scenario.items.map((item, i) => (
						<fieldset>
							<legend>
								{i + 1}. {item.title}
							</legend>
							{item.options.map((o, j) => (
								<label class="rp-choice">
									<input type="radio" name={`rp-offer-${i}`} checked={draft[i] === j} onChange={() => setDraft(draft.map((x, k) => (k === i ? j : x)))} /> {o.label}{' '}
									<span class="rp-points">{fill(L['solo.points'], { points: o[side] })}</span>
									{o.outsideMandate.includes(side) && <strong class="rp-mandate"> ({L['sheet.outsideMandate']})</strong>}
								</label>
							))}
						</fieldset>
					))}
					<p class="rp-offer-value" aria-live="polite">
						{value === null ? L['solo.offerIncomplete'] : fill(L['solo.offerValue'], { points: value, reservation: view.sheet.reservation })}
					</p>
					<p class="rp-actions">
						<button type="submit" class="pd-button">
							{L['solo.makeOffer']}
						</button>
						<button type="button" class="pd-button rp-secondary" onClick={() => act({ type: 'ask' })}>
							{L['solo.ask']}
						</button>
						<button type="button" class="pd-button rp-secondary" onClick={() => act({ type: 'walk' })}>
							{L['solo.walk']}
						</button>
					</p>
				</form>
			</div>
		</section>
	);
}

function noteText(note: FeedbackNote, scenario: FullScenario, L: L): string {
	const v = note.values;
	const item = (i: number) => scenario.items[i]!.title;
	return fill(L[`feedback.${note.key}` as keyof L], {
		...Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'number')),
		item: typeof v.item === 'number' ? item(v.item) : '',
		items: Array.isArray(v.items) ? v.items.map(item).join(', ') : '',
		moves: Array.isArray(v.moves) ? v.moves.map((m) => L[`solo.move.${GOOD_OPENING[m]!}`].toLowerCase()).join(', ') : '',
	} as Record<string, string | number>);
}

function Finished({ state, scenario, game, L }: { state: SoloState; scenario: FullScenario; game: SoloGame; L: L }) {
	const { config } = game;
	const outcome = state.outcome!;
	const side = config.side;
	const other = otherSide(side);
	const notes = soloFeedback(scenario, config, state);
	const point = outcome.pkg
		? { marvel: score(scenario, 'marvel', outcome.pkg), batman: score(scenario, 'batman', outcome.pkg) }
		: { marvel: scenario.sides.marvel.batna.points, batman: scenario.sides.batman.batna.points };
	return (
		<section aria-labelledby="rp-end">
			<h2 id="rp-end" tabIndex={-1}>
				{L[`solo.outcome.${outcome.kind}`]}
			</h2>
			<div class="rp-stats">
				<p class="rp-stat">
					<span class="rp-stat-n">{outcome.learner}</span> {fill(L['solo.yourScore'], { side: L[`common.${side}`] })}
					<span class="rp-stat-sub">{fill(L['solo.yourLimits'], { batna: scenario.sides[side].batna.points, reservation: scenario.sides[side].reservation })}</span>
				</p>
				<p class="rp-stat">
					<span class="rp-stat-n">{outcome.counterpart}</span> {fill(L['solo.theirScore'], { side: L[`common.${other}`] })}
					<span class="rp-stat-sub">{fill(L['solo.yourLimits'], { batna: scenario.sides[other].batna.points, reservation: scenario.sides[other].reservation })}</span>
				</p>
			</div>
			{outcome.pkg && (
				<>
					<h3>{L['solo.agreed']}</h3>
					{packageLines(scenario, side, outcome.pkg, L)}
				</>
			)}
			<FrontierPlot
				id="rp-solo-plot"
				title={L['solo.plotTitle']}
				frontier={paretoFrontier(scenario)}
				marks={[{ ...point, signed: Boolean(outcome.pkg), label: L['solo.markYou'] }]}
				reservation={{ marvel: scenario.sides.marvel.reservation, batman: scenario.sides.batman.reservation }}
				labels={L}
			/>
			<h3>{L['solo.feedbackHeading']}</h3>
			<div class="rp-feedback">
				{STEPS.map((step) => {
					const mine = notes.filter((n) => n.step === step);
					if (mine.length === 0) return null;
					return (
						<div class="rp-feedback-step">
							<h4>{L[`feedback.step.${step}`]}</h4>
							<ul>
								{mine.map((n) => (
									<li class={n.ok ? 'rp-fb-ok' : 'rp-fb-miss'}>
										<span class="rp-mark" aria-hidden="true">
											{n.ok ? '✓' : '!'}
										</span>
										<span class="sr-only">{n.ok ? L['feedback.good'] : L['feedback.improve']}: </span>
										{noteText(n, scenario, L)}{' '}
										<span class="rp-tips">({n.tips.map((t) => L[`feedback.tip${t}` as keyof L]).join(', ')})</span>
									</li>
								))}
							</ul>
						</div>
					);
				})}
			</div>
			<p class="rp-actions">
				<button type="button" class="pd-button" onClick={() => startSoloGame({ ...config, seed: Math.floor(Math.random() * 2 ** 31) })}>
					{L['solo.again']}
				</button>
				<button type="button" class="pd-button rp-secondary" onClick={() => endSoloGame()}>
					{L['solo.other']}
				</button>
			</p>
		</section>
	);
}

function History({ practice, scenarios, L }: { practice: Record<string, RoleplayPractice>; scenarios: FullScenario[]; L: L }) {
	const attempts = scenarios.flatMap((s) => (practice[s.id]?.attempts ?? []).map((a) => ({ scenario: s, a })));
	if (attempts.length === 0) return null;
	attempts.sort((x, y) => y.a.finishedAt - x.a.finishedAt);
	return (
		<section aria-labelledby="rp-history" class="rp-history">
			<h2 id="rp-history">{L['solo.historyHeading']}</h2>
			<ul>
				{attempts.slice(0, 10).map(({ scenario, a }) => (
					<li>
						{new Date(a.finishedAt).toLocaleDateString('id-ID')} · {L[`common.issue.${scenario.issue}`]} · {L[`common.${a.side}`]} · {L[`solo.level.${a.level}`]} ·{' '}
						{L[`solo.outcome.${a.outcome}`]} · {fill(L['solo.points'], { points: a.learner })}
					</li>
				))}
			</ul>
		</section>
	);
}
