/**
 * One side's confidential sheet: the shared background, the side's brief, and its own point
 * schedule. Rendered on the server for the sheet pages (no JavaScript) and inside the print view
 * and the solo practice. It receives only its own side's points.
 */
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import type { SideView } from '../../engine/roleplay/views';

interface Props {
	view: SideView;
	labels: Labels<'sheet' | 'common'>;
	/** A line naming the participant, for printed sheets. */
	forWhom?: string;
	/** Split into two printed pages: the brief, then the point schedule. */
	paged?: boolean;
	/** Heading level of the sheet's title; the sections use the next one. */
	level?: 2 | 3;
}

function lessonHref(lesson: string): string {
	const [path, anchor] = lesson.split('#');
	return `/${path}/${anchor ? `#${anchor}` : ''}`;
}

export default function SideSheetView({ view, labels: L, forWhom, paged = false, level = 2 }: Props) {
	const H = `h${level}` as 'h2' | 'h3';
	const S = `h${level + 1}` as 'h3' | 'h4';
	const side = L[`common.${view.side}`];
	const { sheet } = view;
	const head = (continued: boolean) => (
		<header class="rp-sheet-head">
			<p class="rp-sheet-kicker">
				{fill(continued ? L['sheet.continued'] : L['sheet.confidential'], { side })} · {L[`common.issue.${view.issue}`]}
			</p>
			{!continued && <H class="rp-sheet-title">{view.title}</H>}
			{forWhom && <p class="rp-sheet-for">{forWhom}</p>}
		</header>
	);
	const brief = (
		<>
			{head(false)}
			<p class="rp-fiction">{L['sheet.fiction']}</p>
			<S>{L['sheet.background']}</S>
			{view.background.map((p) => (
				<p>{p}</p>
			))}
			<dl class="rp-sheet-who">
				<div>
					<dt>{L['sheet.youAre']}</dt>
					<dd>
						<strong>{sheet.party}</strong> ({side}, {L[`common.${view.side}Role`]})
					</dd>
				</div>
				<div>
					<dt>{L['sheet.delegation']}</dt>
					<dd>{sheet.delegation}</dd>
				</div>
				<div>
					<dt>{L['sheet.partner']}</dt>
					<dd>{view.partner}</dd>
				</div>
			</dl>
			<S>{L['sheet.character']}</S>
			<p>{sheet.character}</p>
			<S>{L['sheet.mandate']}</S>
			<p>{sheet.mandate}</p>
			<S>{L['sheet.interests']}</S>
			<ul>
				{sheet.interests.map((i) => (
					<li>{i}</li>
				))}
			</ul>
			<S>{L['sheet.superiors']}</S>
			<ul>
				{sheet.superiors.map((i) => (
					<li>{i}</li>
				))}
			</ul>
			<S>{L['sheet.constraints']}</S>
			<ul>
				{sheet.constraints.map((c) => (
					<li>
						{c.text} <a href={lessonHref(c.lesson)}>{L['sheet.lessonLink']}</a>
					</li>
				))}
			</ul>
		</>
	);
	const schedule = (
		<>
			{paged && head(true)}
			<S>{L['sheet.task']}</S>
			<p>{fill(L['sheet.taskText'], { side })}</p>
			<S>{L['sheet.schedule']}</S>
			<p>{L['sheet.scheduleNote']}</p>
			<table class="rp-schedule">
				<caption class="sr-only">{L['sheet.schedule']}</caption>
				<thead>
					<tr>
						<th scope="col">{L['sheet.item']}</th>
						<th scope="col">{L['sheet.option']}</th>
						<th scope="col">{L['sheet.points']}</th>
					</tr>
				</thead>
				<tbody>
					{view.items.map((item) =>
						item.options.map((o, i) => (
							<tr class={i === 0 ? 'rp-item-start' : undefined}>
								{i === 0 && (
									<th scope="rowgroup" rowSpan={item.options.length}>
										{item.title}
									</th>
								)}
								<td>
									{o.label}
									{o.outsideMandate && <strong class="rp-mandate"> ({L['sheet.outsideMandate']})</strong>}
								</td>
								<td class="rp-num">{o.points}</td>
							</tr>
						)),
					)}
				</tbody>
			</table>
			<dl class="rp-limits">
				<div>
					<dt>{L['sheet.batna']}</dt>
					<dd>
						{sheet.batna.text} {fill(L['sheet.batnaPoints'], { points: sheet.batna.points })}
					</dd>
				</div>
				<div>
					<dt>{L['sheet.reservation']}</dt>
					<dd>{fill(L['sheet.reservationText'], { points: sheet.reservation })}</dd>
				</div>
			</dl>
			<p class="rp-steps-reminder">{L['sheet.steps']}</p>
		</>
	);
	return paged ? (
		<>
			<section class="rp-page rp-sheet">{brief}</section>
			<section class="rp-page rp-sheet">{schedule}</section>
		</>
	) : (
		<article class="rp-sheet">
			{brief}
			{schedule}
		</article>
	);
}
