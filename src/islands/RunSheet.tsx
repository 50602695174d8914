import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
	buildTimeline,
	clockLabel,
	dateKey,
	dayWarnings,
	emptyDay,
	formatDuration,
	localTime,
	remaining,
	wholeMinutes,
	type DayWarning,
	type PlanStep,
	type TimedItem,
} from '../engine/schedule';
import type { BreakKind } from '../schemas/workshop';
import {
	$workshop,
	addBreak,
	adjustItem,
	advanceStep,
	moveBreak,
	removeBreak,
	resetDay,
	setStartTime,
	setWorkshopDate,
	startDayNow,
	toggleHoldStep,
} from '../stores/workshop';
import { fill } from '../data/format';
import { weekdayDate } from '../engine/dates';
import { useClientStore } from './use-client-store';

export interface RunSheetLink {
	href: string;
	title: string;
}

export interface RunSheetSession {
	number: number;
	title: string;
	/** Step key → what the step links to and the media to prepare. */
	steps: Record<string, { media: string[]; lesson?: RunSheetLink; projector?: string }>;
	/** Groups of links for the session (exercises, quizzes, role-play) that exist in this build. */
	links: { label: string; items: RunSheetLink[] }[];
}

export type RunSheetLabels = Record<
	| 'settings'
	| 'date'
	| 'dateHint'
	| 'start'
	| 'startNow'
	| 'addBreak'
	| 'breakTeh'
	| 'breakMakan'
	| 'breakSalat'
	| 'now'
	| 'next'
	| 'left'
	| 'before'
	| 'after'
	| 'advance'
	| 'hold'
	| 'holdHint'
	| 'plus'
	| 'minus'
	| 'plusLabel'
	| 'minusLabel'
	| 'overrunWarning'
	| 'endingWarning'
	| 'lateWarning'
	| 'earlyWarning'
	| 'schedule'
	| 'time'
	| 'activity'
	| 'minutesColumn'
	| 'planned'
	| 'done'
	| 'running'
	| 'held'
	| 'overrunTag'
	| 'media'
	| 'lesson'
	| 'projector'
	| 'earlier'
	| 'later'
	| 'remove'
	| 'session'
	| 'total'
	| 'print'
	| 'reset'
	| 'resetConfirm'
	| 'printTitle'
	| 'step'
	| 'startsIn',
	string
>;

interface Props {
	plan: PlanStep[];
	sessions: RunSheetSession[];
	labels: RunSheetLabels;
}

/** Before the island mounts, the plan is shown for a neutral day, with nothing yet under way. */
const SERVER_DAY = '2000-01-03';

/** The clock, re-read every second after mount (the times themselves come from timestamps). */
function useNow(): number | undefined {
	const [now, setNow] = useState<number | undefined>(undefined);
	useEffect(() => {
		setNow(Date.now());
		const id = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(id);
	}, []);
	return now;
}

/** The facilitator's run sheet: the day's schedule, what is happening now, and the controls. */
export default function RunSheet({ plan, sessions, labels: l }: Props) {
	const saved = useClientStore($workshop, emptyDay());
	const clockNow = useNow();
	const mounted = clockNow !== undefined;
	const day = mounted ? saved : { ...saved, day: SERVER_DAY };
	const now = clockNow ?? localTime(SERVER_DAY, '00:00');
	const timeline = buildTimeline(plan, day, now);
	const breakLabel = (kind: BreakKind) =>
		kind === 'teh' ? l.breakTeh : kind === 'makan' ? l.breakMakan : l.breakSalat;
	const titleOf = (item: TimedItem) => (item.kind === 'break' ? breakLabel(item.breakKind!) : item.title);
	const [confirmReset, setConfirmReset] = useState(false);
	const dateValue = day.day ?? (mounted ? dateKey(now) : '');
	const dateLong = mounted ? weekdayDate(timeline.start) : '';

	return (
		<div class="pd-runsheet not-content">
			<p class="pd-print-only pd-runsheet-print-title">
				<strong>{l.printTitle}</strong> · {dateLong} · {clockLabel(timeline.start)}–{clockLabel(timeline.end)}
			</p>

			<NowPanel timeline={timeline} now={now} mounted={mounted} titleOf={titleOf} plan={plan} labels={l} />

			<section class="pd-runsheet-settings pd-no-print" aria-labelledby="pd-rs-settings">
				<h2 id="pd-rs-settings">{l.settings}</h2>
				<div class="pd-runsheet-fields">
					<label>
						<span>{l.date}</span>
						<input
							type="date"
							value={dateValue}
							onChange={(e) => setWorkshopDate(e.currentTarget.value || null)}
							aria-describedby="pd-rs-date-hint"
						/>
						<small id="pd-rs-date-hint">{l.dateHint}</small>
					</label>
					<label>
						<span>{l.start}</span>
						<input type="time" value={day.start} onChange={(e) => setStartTime(e.currentTarget.value)} />
					</label>
				</div>
				<div class="pd-runsheet-buttons" role="group" aria-label={l.addBreak}>
					<span aria-hidden="true">{l.addBreak}:</span>
					{(['teh', 'makan', 'salat'] as const).map((kind) => (
						<button type="button" class="pd-button pd-button-quiet" key={kind} onClick={() => addBreak(plan, kind)}>
							+ {breakLabel(kind)}
						</button>
					))}
				</div>
			</section>

			<section class="pd-runsheet-schedule" aria-labelledby="pd-rs-schedule">
				<h2 id="pd-rs-schedule" class="pd-no-print">
					{l.schedule}
				</h2>
				<div class="pd-runsheet-table">
					<table>
						<thead>
							<tr>
								<th scope="col">{l.time}</th>
								<th scope="col">{l.activity}</th>
								<th scope="col">{l.minutesColumn}</th>
							</tr>
						</thead>
						{sessions.map((session) => {
							const rows = timeline.items.filter((i) => i.session === session.number);
							return (
								<tbody key={session.number}>
									<tr class="pd-runsheet-session">
										<th scope="rowgroup" colSpan={3}>
											{fill(l.session, { n: session.number, title: session.title })}
											{session.links.length > 0 && (
												<ul class="pd-runsheet-links pd-no-print">
													{session.links.map((group) => (
														<li key={group.label}>
															{group.label}:{' '}
															{group.items.map((link, i) => (
																<>
																	{i > 0 && ', '}
																	<a href={link.href}>{link.title}</a>
																</>
															))}
														</li>
													))}
												</ul>
											)}
										</th>
									</tr>
									{rows.map((item) => (
										<Row key={item.key} item={item} session={session} plan={plan} titleOf={titleOf} labels={l} />
									))}
								</tbody>
							);
						})}
					</table>
				</div>
				<p class="pd-runsheet-total">
					{fill(l.total, {
						sessions: timeline.items.filter((i) => i.kind === 'step').reduce((n, i) => n + i.planned, 0),
						breaks: timeline.items.filter((i) => i.kind === 'break').reduce((n, i) => n + i.planned, 0),
						time: clockLabel(timeline.end),
					})}
				</p>
			</section>

			<div class="pd-runsheet-buttons pd-no-print">
				<button type="button" class="pd-button" onClick={() => window.print()}>
					{l.print}
				</button>
				<button
					type="button"
					class="pd-button pd-button-quiet"
					onClick={() => {
						if (confirmReset) resetDay();
						setConfirmReset(!confirmReset);
					}}
				>
					{confirmReset ? l.resetConfirm : l.reset}
				</button>
			</div>
		</div>
	);
}

function warningText(
	w: DayWarning,
	timeline: ReturnType<typeof buildTimeline>,
	titleOf: (i: TimedItem) => string,
	l: RunSheetLabels,
): string {
	const item = timeline.items.find((i) => 'key' in w && i.key === w.key);
	const end = clockLabel(timeline.end);
	switch (w.type) {
		case 'overrun':
			return fill(l.overrunWarning, { title: item ? titleOf(item) : '', minutes: wholeMinutes(w.ms) });
		case 'ending':
			return fill(l.endingWarning, { title: item ? titleOf(item) : '' });
		case 'late':
			return fill(l.lateWarning, { minutes: wholeMinutes(w.ms), time: end });
		case 'early':
			return fill(l.earlyWarning, { minutes: wholeMinutes(w.ms), time: end });
	}
}

interface NowProps {
	timeline: ReturnType<typeof buildTimeline>;
	now: number;
	mounted: boolean;
	titleOf: (item: TimedItem) => string;
	plan: PlanStep[];
	labels: RunSheetLabels;
}

function NowPanel({ timeline, now, mounted, titleOf, plan, labels: l }: NowProps) {
	// What is happening now depends on the clock, which only the browser knows: the server sends the
	// panel empty at a reserved height (facilitator.css), so that nothing in sight jumps when the clock arrives.
	if (!mounted)
		return (
			<section class="pd-runsheet-now pd-no-print" aria-labelledby="pd-rs-now" aria-busy="true">
				<h2 id="pd-rs-now">{l.now}</h2>
			</section>
		);
	const current = timeline.items[timeline.current];
	const next = timeline.items[timeline.next];
	const left = current ? remaining(current, now) : 0;
	const stepLabel = (item: TimedItem) =>
		item.kind === 'step'
			? `${fill(l.step, { session: item.session, step: item.key.split('.')[1]! })} · ${titleOf(item)}`
			: titleOf(item);
	const warnings = dayWarnings(timeline, now);
	return (
		<section class="pd-runsheet-now pd-no-print" aria-labelledby="pd-rs-now">
			<h2 id="pd-rs-now">{l.now}</h2>
			{timeline.phase === 'before' && <p>{fill(l.before, { time: clockLabel(timeline.start) })}</p>}
			{timeline.phase === 'before' && (
				<p class="pd-runsheet-countdown">
					<span>{l.startsIn}</span>{' '}
					<span role="timer" data-countdown>
						{formatDuration(timeline.start - now)}
					</span>
				</p>
			)}
			{timeline.phase === 'after' && <p>{fill(l.after, { time: clockLabel(timeline.end) })}</p>}
			{current && (
				<div class={`pd-runsheet-current${left < 0 ? ' is-over' : ''}`} data-current-key={current.key}>
					<p class="pd-runsheet-current-title">
						<strong>{stepLabel(current)}</strong>
						<span>
							{clockLabel(current.start)}–
							{clockLabel(current.held ? current.start + current.planned * 60_000 : current.end)}
						</span>
					</p>
					<p class="pd-runsheet-countdown">
						<span>{l.left}</span>{' '}
						<span role="timer" data-countdown>
							{formatDuration(left)}
						</span>
					</p>
				</div>
			)}
			{next && (
				<p class="pd-runsheet-next">
					<span>{l.next}:</span> <strong>{stepLabel(next)}</strong> ({clockLabel(next.start)})
				</p>
			)}
			<div role="status" class="pd-runsheet-warnings">
				{warnings.map((w) => (
					<p key={w.type} class={`pd-runsheet-warning is-${w.type}`}>
						{warningText(w, timeline, titleOf, l)}
					</p>
				))}
			</div>
			<div class="pd-runsheet-buttons">
				{timeline.phase === 'before' && (
					<button type="button" class="pd-button" onClick={() => startDayNow()}>
						{l.startNow}
					</button>
				)}
				{current && (
					<>
						<button type="button" class="pd-button" onClick={() => advanceStep(plan)}>
							{l.advance}
						</button>
						<button
							type="button"
							class="pd-button pd-button-quiet"
							aria-pressed={current.held}
							onClick={() => toggleHoldStep(plan)}
							aria-describedby="pd-rs-hold-hint"
						>
							{l.hold}
						</button>
						<button
							type="button"
							class="pd-button pd-button-quiet"
							onClick={() => adjustItem(plan, current.key, 5)}
							aria-label={fill(l.plusLabel, { title: titleOf(current) })}
						>
							{l.plus}
						</button>
						<button
							type="button"
							class="pd-button pd-button-quiet"
							onClick={() => adjustItem(plan, current.key, -5)}
							aria-label={fill(l.minusLabel, { title: titleOf(current) })}
						>
							{l.minus}
						</button>
					</>
				)}
			</div>
			{current && (
				<p id="pd-rs-hold-hint" class="pd-runsheet-hint">
					{l.holdHint}
				</p>
			)}
		</section>
	);
}

interface RowProps {
	item: TimedItem;
	session: RunSheetSession;
	plan: PlanStep[];
	titleOf: (item: TimedItem) => string;
	labels: RunSheetLabels;
}

/** What a row shows, as one string: the clock ticks every second, but a row changes only when this does. */
function rowShows({ item, titleOf }: RowProps): string {
	const end = item.held ? item.start + item.planned * 60_000 : item.end;
	const over = item.overrun >= 60_000 ? wholeMinutes(item.overrun) : 0;
	return [
		item.status,
		item.held,
		clockLabel(item.start),
		clockLabel(end),
		item.planned,
		item.base,
		over,
		titleOf(item),
	].join('|');
}

/**
 * A row of the schedule. The run sheet renders again every second for the countdown; the forty-odd
 * rows skip that render unless what they show has changed, so that a running workshop costs a phone
 * almost nothing per second.
 */
class Row extends Component<RowProps> {
	shouldComponentUpdate(next: RowProps) {
		const p = this.props;
		return (
			next.plan !== p.plan || next.session !== p.session || next.labels !== p.labels || rowShows(next) !== rowShows(p)
		);
	}
	render(props: RowProps) {
		return rowMarkup(props);
	}
}

/** The row itself, called by Row's render: a component of its own would add a layer per row to hydrate. */
function rowMarkup({ item, session, plan, titleOf, labels: l }: RowProps) {
	const title = titleOf(item);
	const step = session.steps[item.key];
	const open = item.status !== 'done';
	const end = item.held ? item.start + item.planned * 60_000 : item.end;
	return (
		<tr class={`is-${item.kind} is-${item.status}`} data-key={item.key}>
			<td class="pd-runsheet-time">
				{clockLabel(item.start)}
				<span class="pd-runsheet-end">–{clockLabel(end)}</span>
			</td>
			<td>
				<span class="pd-runsheet-title">{title}</span>
				{item.status === 'current' && <span class="pd-tag pd-tag-now">{item.held ? l.held : l.running}</span>}
				{item.status === 'done' && <span class="pd-tag pd-no-print">{l.done}</span>}
				{item.overrun >= 60_000 && (
					<span class="pd-tag pd-tag-over">{fill(l.overrunTag, { minutes: wholeMinutes(item.overrun) })}</span>
				)}
				{step && step.media.length > 0 && (
					<span class="pd-runsheet-media">
						{l.media}: {step.media.join(', ')}
					</span>
				)}
				{step && (step.lesson || step.projector) && (
					<span class="pd-runsheet-step-links pd-no-print">
						{step.lesson && (
							<a href={step.lesson.href}>
								{l.lesson}: {step.lesson.title}
							</a>
						)}
						{step.projector && (
							<>
								{' · '}
								<a href={step.projector} aria-label={`${l.projector}: ${step.lesson?.title ?? title}`}>
									{l.projector}
								</a>
							</>
						)}
					</span>
				)}
				{item.kind === 'break' && item.status === 'upcoming' && (
					<span class="pd-runsheet-row-buttons pd-no-print">
						<button type="button" onClick={() => moveBreak(plan, item.key, -1)} aria-label={`${l.earlier}: ${title}`}>
							↑ {l.earlier}
						</button>
						<button type="button" onClick={() => moveBreak(plan, item.key, 1)} aria-label={`${l.later}: ${title}`}>
							↓ {l.later}
						</button>
						<button type="button" onClick={() => removeBreak(item.key)} aria-label={`${l.remove}: ${title}`}>
							{l.remove}
						</button>
					</span>
				)}
			</td>
			<td class="pd-runsheet-minutes">
				<span class="pd-runsheet-stepper">
					{open && (
						<button
							type="button"
							class="pd-no-print"
							onClick={() => adjustItem(plan, item.key, -5)}
							aria-label={fill(l.minusLabel, { title })}
						>
							−
						</button>
					)}
					<span>{item.planned}</span>
					{open && (
						<button
							type="button"
							class="pd-no-print"
							onClick={() => adjustItem(plan, item.key, 5)}
							aria-label={fill(l.plusLabel, { title })}
						>
							+
						</button>
					)}
				</span>
				{item.planned !== item.base && item.kind === 'step' && (
					<span class="pd-runsheet-planned">{fill(l.planned, { minutes: item.base })}</span>
				)}
			</td>
		</tr>
	);
}
