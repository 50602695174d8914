/** A bar chart as a list: each card's letter, a CSS bar, and its count and share as text. */
import { bars as toBars } from '../../engine/class-quiz';
import { formatPercent } from '../../engine/quiz';
import { fill } from '../../data/format';

interface Props {
	/** Card ids in A–D order. */
	order: string[];
	counts: Record<string, number>;
	/** The cards that are right, marked once the answer is shown. */
	right?: string[];
	/** Names the chart for screen readers: "Sebaran jawaban soal 3". */
	title: string;
	/** "{{count}} ({{percent}}%)" */
	valueLabel: string;
	rightLabel: string;
	/** An extra bar at the end, e.g. "Tidak menjawab". */
	extra?: { label: string; count: number };
}

export default function Bars({ order, counts, right, title, valueLabel, rightLabel, extra }: Props) {
	const ids = extra ? [...order, '__extra'] : order;
	const all = extra ? { ...counts, __extra: extra.count } : counts;
	const { bars } = toBars(ids, all);
	return (
		<ul class="pd-bars" aria-label={title}>
			{bars.map((bar, i) => {
				const isRight = right?.includes(bar.id);
				return (
					<li key={bar.id} class={`pd-bar${isRight ? ' is-right' : ''}${bar.id === '__extra' ? ' is-extra' : ''}`}>
						<span class="pd-bar-label">
							{bar.id === '__extra' ? extra!.label : String.fromCharCode(65 + i)}
							{isRight && (
								<>
									<span aria-hidden="true"> ✓</span>
									<span class="sr-only"> ({rightLabel})</span>
								</>
							)}
						</span>
						<span class="pd-bar-track" aria-hidden="true">
							<span class="pd-bar-fill" style={{ width: `${Math.round(bar.share * 1000) / 10}%` }} />
						</span>
						<span class="pd-bar-value">
							{fill(valueLabel, { count: bar.count, percent: formatPercent(bar.share * 100) })}
						</span>
					</li>
				);
			})}
		</ul>
	);
}
