/**
 * The debrief plot: each group's result against the Pareto frontier, Marvel's points across and
 * Batman's up. The caption and the table beside it say the same in words.
 */
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import type { Point } from '../../engine/roleplay/frontier';
import { DEFAULT_FRAME, frontierPath, toSvg } from '../../engine/roleplay/plot';

export interface PlotMark extends Point {
	label: string;
	signed: boolean;
}

interface Props {
	id: string;
	title: string;
	frontier: Point[];
	marks: PlotMark[];
	reservation: Point;
	labels: Labels<'plot'>;
}

export default function FrontierPlot({ id, title, frontier, marks, reservation, labels: L }: Props) {
	const { size, margin } = DEFAULT_FRAME;
	const o = toSvg({ marvel: 0, batman: 0 });
	const top = toSvg({ marvel: 100, batman: 100 });
	const res = toSvg(reservation);
	const ticks = [0, 25, 50, 75, 100];
	const describe = [
		fill(L['plot.frontierDesc'], { from: `${frontier[0]!.marvel}/${frontier[0]!.batman}`, to: `${frontier.at(-1)!.marvel}/${frontier.at(-1)!.batman}` }),
		fill(L['plot.reservationDesc'], { marvel: reservation.marvel, batman: reservation.batman }),
		marks.length === 0 ? L['plot.noMarks'] : marks.map((m) => fill(L['plot.markDesc'], { label: m.label, marvel: m.marvel, batman: m.batman })).join('; '),
	].join(' ');
	return (
		<figure class="rp-plot">
			<svg viewBox={`0 0 ${size + margin + 16} ${size + margin + 8}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
				<title id={`${id}-t`}>{title}</title>
				<desc id={`${id}-d`}>{describe}</desc>
				<rect x={res.x} y={top.y} width={top.x - res.x} height={res.y - top.y} class="rp-plot-zone" />
				{ticks.map((t) => {
					const x = toSvg({ marvel: t, batman: 0 }).x;
					const y = toSvg({ marvel: 0, batman: t }).y;
					return (
						<g class="rp-plot-grid">
							<line x1={x} y1={o.y} x2={x} y2={top.y} />
							<line x1={o.x} y1={y} x2={top.x} y2={y} />
							<text x={x} y={o.y + 22} text-anchor="middle">
								{t}
							</text>
							<text x={o.x - 8} y={y + 6} text-anchor="end">
								{t}
							</text>
						</g>
					);
				})}
				<text x={(o.x + top.x) / 2} y={o.y + 46} text-anchor="middle" class="rp-plot-axis">
					{L['plot.xAxis']}
				</text>
				<text x={14} y={(o.y + top.y) / 2} text-anchor="middle" class="rp-plot-axis" transform={`rotate(-90 14 ${(o.y + top.y) / 2})`}>
					{L['plot.yAxis']}
				</text>
				<path d={frontierPath(frontier)} class="rp-plot-frontier" />
				{frontier.map((p) => {
					const c = toSvg(p);
					return <circle cx={c.x} cy={c.y} r="4" class="rp-plot-corner" />;
				})}
				{marks.map((m) => {
					const c = toSvg(m);
					return (
						<g class={m.signed ? 'rp-plot-mark' : 'rp-plot-mark rp-plot-nodeal'}>
							{m.signed ? <circle cx={c.x} cy={c.y} r="11" /> : <rect x={c.x - 10} y={c.y - 10} width="20" height="20" />}
							<text x={c.x} y={c.y + 5} text-anchor="middle">
								{m.label}
							</text>
						</g>
					);
				})}
			</svg>
			<figcaption>{L['plot.legend']}</figcaption>
		</figure>
	);
}
