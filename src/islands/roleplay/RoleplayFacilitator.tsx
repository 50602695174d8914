/**
 * The facilitator's page on one device: set up the participants and groups, run the three timers,
 * and collect the groups' result codes by typing or by camera. Everything is saved in
 * $roleplaySession; the logic lives in engine/roleplay.
 */
import { useState } from 'preact/hooks';
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { countdownState, formatClock } from '../../engine/countdown';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS, type GroupSize, type OddRule } from '../../engine/roleplay/pairing';
import { decodeResult } from '../../engine/roleplay/result-code';
import { participantName, sessionGroups, TIMER_NAMES, type SessionGroup } from '../../engine/roleplay/session';
import type { RoleplaySession, TimerName } from '../../schemas/roleplay-session';
import {
	$roleplaySession,
	chooseGroupScenario,
	clearSession,
	collectCode,
	controlTimer,
	discardCode,
	saveSetup,
} from '../../stores/roleplay-session';
import CodeInput, { type CodeOutcome } from '../CodeInput';
import { useClientStore } from '../use-client-store';
import { useNow } from './use-now';

export interface FacilitatorScenario {
	id: string;
	number: number;
	title: string;
	issue: 'pembangunan' | 'perdagangan' | 'investasi';
	optionCounts: number[];
}

type L = Labels<'common' | 'setup' | 'timer' | 'collect'>;

interface Props {
	scenarios: FacilitatorScenario[];
	labels: L;
	links: { print: string; debrief: string };
}

function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 31);
}

export default function RoleplayFacilitator({ scenarios, labels: L, links }: Props) {
	const session = useClientStore($roleplaySession, null);
	const ids = scenarios.map((s) => s.id);
	const groups = session ? sessionGroups(session, ids) : [];
	return (
		<div class="rp-facilitator">
			<section aria-labelledby="rp-setup">
				<h2 id="rp-setup">{L['setup.heading']}</h2>
				<SetupForm key={session ? `${session.count}-${session.seed}-${session.groupSize}` : 'new'} session={session} scenarios={scenarios} L={L} />
				{session && <GroupTable session={session} groups={groups} scenarios={scenarios} L={L} />}
			</section>
			<section aria-labelledby="rp-print">
				<h2 id="rp-print">{L['setup.printHeading']}</h2>
				<p>{L['setup.printText']}</p>
				<p>
					<a class="pd-button" href={links.print}>
						{L['setup.printLink']}
					</a>
				</p>
			</section>
			<section aria-labelledby="rp-timers">
				<h2 id="rp-timers">{L['timer.heading']}</h2>
				{session ? <Timers session={session} L={L} /> : <p>{L['setup.first']}</p>}
			</section>
			<section aria-labelledby="rp-collect">
				<h2 id="rp-collect">{L['collect.heading']}</h2>
				{session ? <Collect session={session} groups={groups} scenarios={scenarios} L={L} debrief={links.debrief} /> : <p>{L['setup.first']}</p>}
			</section>
		</div>
	);
}

function SetupForm({ session, scenarios, L }: { session: RoleplaySession | null; scenarios: FacilitatorScenario[]; L: L }) {
	const [count, setCount] = useState(String(session?.count ?? 12));
	const [names, setNames] = useState((session?.names ?? []).join('\n').replace(/\n+$/, ''));
	const [groupSize, setGroupSize] = useState<GroupSize>(session?.groupSize ?? 2);
	const [oddRule, setOddRule] = useState<OddRule>(session?.oddRule ?? 'observer');
	const [issueMode, setIssueMode] = useState(session?.issueMode ?? 'rotate');
	const [error, setError] = useState('');
	const [confirmClear, setConfirmClear] = useState(false);

	const submit = (event: Event, seed?: number) => {
		event.preventDefault();
		const n = Number(count);
		const list = names.split('\n').map((s) => s.trim());
		while (list.length > 0 && list[list.length - 1] === '') list.pop();
		if (!Number.isInteger(n) || n < MIN_PARTICIPANTS || n > MAX_PARTICIPANTS)
			return setError(fill(L['setup.countError'], { min: MIN_PARTICIPANTS, max: MAX_PARTICIPANTS }));
		if (list.length > n) return setError(fill(L['setup.namesError'], { names: list.length, count: n }));
		setError('');
		saveSetup({ count: n, names: list, groupSize, oddRule, issueMode, seed: seed ?? session?.seed ?? newSeed() });
	};

	return (
		<form class="rp-form-grid" onSubmit={(e) => submit(e)} noValidate>
			<p class="rp-field">
				<label for="rp-count">{L['setup.count']}</label>
				<input
					id="rp-count"
					type="number"
					inputMode="numeric"
					min={MIN_PARTICIPANTS}
					max={MAX_PARTICIPANTS}
					value={count}
					onInput={(e) => setCount(e.currentTarget.value)}
					aria-describedby="rp-count-hint"
				/>
				<span id="rp-count-hint" class="rp-hint">
					{fill(L['setup.countHint'], { min: MIN_PARTICIPANTS, max: MAX_PARTICIPANTS })}
				</span>
			</p>
			<p class="rp-field">
				<label for="rp-names">{L['setup.names']}</label>
				<textarea id="rp-names" rows={5} value={names} onInput={(e) => setNames(e.currentTarget.value)} aria-describedby="rp-names-hint" />
				<span id="rp-names-hint" class="rp-hint">
					{L['setup.namesHint']}
				</span>
			</p>
			<fieldset>
				<legend>{L['setup.groupSize']}</legend>
				{([2, 4] as const).map((size) => (
					<label class="rp-choice">
						<input type="radio" name="rp-size" checked={groupSize === size} onChange={() => setGroupSize(size)} /> {L[`setup.size${size}`]}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>{L['setup.odd']}</legend>
				{(['observer', 'trio'] as const).map((rule) => (
					<label class="rp-choice">
						<input type="radio" name="rp-odd" checked={oddRule === rule} onChange={() => setOddRule(rule)} /> {L[`setup.odd-${rule}`]}
					</label>
				))}
			</fieldset>
			<p class="rp-field">
				<label for="rp-issue">{L['setup.issue']}</label>
				<select id="rp-issue" value={issueMode} onChange={(e) => setIssueMode(e.currentTarget.value)}>
					<option value="rotate">{L['setup.rotate']}</option>
					{scenarios.map((s) => (
						<option value={s.id}>{fill(L['setup.onlyIssue'], { issue: L[`common.issue.${s.issue}`] })}</option>
					))}
				</select>
			</p>
			<p class="rp-actions">
				<button type="submit" class="pd-button">
					{session ? L['setup.apply'] : L['setup.form']}
				</button>
				{session && (
					<button type="button" class="pd-button rp-secondary" onClick={(e) => submit(e, newSeed())}>
						{L['setup.reshuffle']}
					</button>
				)}
				{session &&
					(confirmClear ? (
						<button
							type="button"
							class="pd-button rp-danger"
							onClick={() => {
								clearSession();
								setConfirmClear(false);
							}}
						>
							{L['setup.clearConfirm']}
						</button>
					) : (
						<button type="button" class="pd-button rp-secondary" onClick={() => setConfirmClear(true)}>
							{L['setup.clear']}
						</button>
					))}
			</p>
			<p role="alert" class="rp-error">
				{error}
			</p>
		</form>
	);
}

function GroupTable({ session, groups, scenarios, L }: { session: RoleplaySession; groups: SessionGroup[]; scenarios: FacilitatorScenario[]; L: L }) {
	const members = groups.flatMap((g) => g.members);
	const count = (role: string) => members.filter((m) => m.role === role).length;
	const hasObservers = count('observer') > 0;
	const names = (g: SessionGroup, role: string) =>
		g.members
			.filter((m) => m.role === role)
			.map((m) => participantName(session, m.participant, L['common.participant']))
			.join(', ');
	return (
		<>
			<p class="rp-summary" role="status">
				{fill(L['setup.summary'], { count: session.count, marvel: count('marvel'), batman: count('batman'), groups: groups.length })}
				{hasObservers && ` ${fill(L['setup.observers'], { n: count('observer') })}`}
			</p>
			<div class="rp-table-wrap">
				<table class="rp-table">
					<caption>{L['setup.tableCaption']}</caption>
					<thead>
						<tr>
							<th scope="col">{L['common.group']}</th>
							<th scope="col">{L['common.issue']}</th>
							<th scope="col">{L['common.marvel']}</th>
							<th scope="col">{L['common.batman']}</th>
							{hasObservers && <th scope="col">{L['common.observer']}</th>}
						</tr>
					</thead>
					<tbody>
						{groups.map((g) => (
							<tr>
								<th scope="row">{g.number}</th>
								<td>
									<select aria-label={fill(L['setup.groupIssue'], { group: g.number })} value={g.scenario} onChange={(e) => chooseGroupScenario(g.number, e.currentTarget.value)}>
										{scenarios.map((s) => (
											<option value={s.id}>{L[`common.issue.${s.issue}`]}</option>
										))}
									</select>
								</td>
								<td>{names(g, 'marvel')}</td>
								<td>{names(g, 'batman')}</td>
								{hasObservers && <td>{names(g, 'observer')}</td>}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</>
	);
}

function Timers({ session, L }: { session: RoleplaySession; L: L }) {
	const running = TIMER_NAMES.some((n) => session.timers[n].startedAt !== null);
	const now = useNow(running);
	return (
		<div class="rp-timers">
			{TIMER_NAMES.map((name) => (
				<TimerCard name={name} session={session} now={now} L={L} />
			))}
		</div>
	);
}

function TimerCard({ name, session, now, L }: { name: TimerName; session: RoleplaySession; now: number; L: L }) {
	const timer = session.timers[name];
	const state = countdownState(timer, now);
	const minutes = Math.round(timer.durationMs / 60_000);
	const status = state.finished
		? state.running
			? fill(L['timer.overrun'], { time: formatClock(Math.floor(state.overrunMs / 1000) * 1000) })
			: L['timer.done']
		: state.running
			? L['timer.running']
			: state.started
				? L['timer.paused']
				: L['timer.ready'];
	const id = `rp-timer-${name}`;
	return (
		<div class={`rp-timer${state.finished ? ' is-finished' : ''}${state.running ? ' is-running' : ''}`} role="group" aria-labelledby={`${id}-name`}>
			<h3 id={`${id}-name`}>{L[`timer.${name}`]}</h3>
			<p class="rp-clock" role="timer" aria-label={fill(L['timer.remaining'], { name: L[`timer.${name}`] })}>
				{formatClock(state.remainingMs)}
			</p>
			<p class="rp-timer-status" aria-live="polite">
				{status}
			</p>
			<p class="rp-actions">
				{state.running ? (
					<button type="button" class="pd-button" onClick={() => controlTimer(name, { type: 'pause' })}>
						{L['timer.pause']}
					</button>
				) : (
					<button type="button" class="pd-button" onClick={() => controlTimer(name, { type: 'start' })}>
						{state.started ? L['timer.resume'] : L['timer.start']}
					</button>
				)}
				<button type="button" class="pd-button rp-secondary" onClick={() => controlTimer(name, { type: 'reset' })} disabled={!state.started}>
					{L['timer.reset']}
				</button>
			</p>
			<p class="rp-field rp-minutes">
				<label for={`${id}-min`}>{L['timer.minutes']}</label>
				<input
					id={`${id}-min`}
					type="number"
					inputMode="numeric"
					min={1}
					max={240}
					value={minutes}
					onChange={(e) => {
						const value = Number(e.currentTarget.value);
						if (Number.isFinite(value) && value > 0) controlTimer(name, { type: 'minutes', minutes: value });
					}}
				/>
			</p>
		</div>
	);
}

function Collect({ session, groups, scenarios, L, debrief }: { session: RoleplaySession; groups: SessionGroup[]; scenarios: FacilitatorScenario[]; L: L; debrief: string }) {
	const issueOf = (id: string) => L[`common.issue.${scenarios.find((s) => s.id === id)?.issue ?? 'pembangunan'}`];

	const add = (code: string): CodeOutcome => {
		const outcome = collectCode(code, scenarios);
		if (!outcome.ok) return { ok: false, text: outcome.error };
		let text = fill(outcome.signed ? L['collect.addedSigned'] : L['collect.addedNotSigned'], { group: outcome.group });
		if (outcome.replaced) text += ` ${L['collect.replaced']}`;
		if (outcome.otherScenario) text += ` ${fill(L['collect.otherIssue'], { issue: issueOf(outcome.otherScenario) })}`;
		return { ok: true, text };
	};

	const reported = groups.filter((g) => String(g.number) in session.results).length;
	return (
		<>
			<p>{L['collect.intro']}</p>
			<CodeInput
				id="rp-code"
				look="roleplay"
				labels={{
					label: L['collect.code'],
					hint: L['collect.codeHint'],
					submit: L['collect.add'],
					scan: { open: L['collect.scan'], scanning: L['collect.scanning'], close: L['collect.scanClose'], denied: L['collect.scanDenied'], video: L['collect.scanVideo'] },
				}}
				onCode={add}
			/>
			<h3>{fill(L['collect.progress'], { reported, total: groups.length })}</h3>
			<ul class="rp-collected">
				{groups.map((g) => {
					const entry = session.results[String(g.number)];
					const decoded = entry ? decodeResult(entry.code, scenarios) : null;
					return (
						<li>
							<span>
								<strong>{fill(L['collect.group'], { group: g.number })}</strong> · {issueOf(g.scenario)} ·{' '}
								{!decoded ? L['collect.waiting'] : decoded.ok ? (decoded.result.signed ? L['common.signed'] : L['common.notSigned']) : L['collect.unreadable']}
							</span>
							{entry && (
								<button type="button" class="rp-link-button" onClick={() => discardCode(g.number)}>
									{fill(L['collect.remove'], { group: g.number })}
								</button>
							)}
						</li>
					);
				})}
			</ul>
			<p>
				<a class="pd-button" href={debrief}>
					{L['collect.toDebrief']}
				</a>
			</p>
		</>
	);
}
