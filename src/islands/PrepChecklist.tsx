import { $prepChecklist, clearChecklist, tickItem } from '../stores/prep-checklist';
import { fill } from '../data/format';
import { useClientStore } from './use-client-store';

interface Props {
	groups: { id: string; title: string; items: { id: string; text: string }[] }[];
	labels: { progress: string; clear: string };
}

/** The facilitator's preparation checklist; ticks stay on this device. */
export default function PrepChecklist({ groups, labels }: Props) {
	const ticked = useClientStore($prepChecklist, {});
	const ids = groups.flatMap((g) => g.items.map((i) => i.id));
	const done = ids.filter((id) => ticked[id] !== undefined).length;
	return (
		<div class="pd-checklist not-content">
			<p role="status" class="pd-checklist-progress">
				{fill(labels.progress, { done, total: ids.length })}
			</p>
			{groups.map((group) => (
				<fieldset key={group.id}>
					<legend>{group.title}</legend>
					<ul>
						{group.items.map((item) => (
							<li key={item.id}>
								<label>
									<input
										type="checkbox"
										checked={ticked[item.id] !== undefined}
										onChange={(e) => tickItem(item.id, e.currentTarget.checked)}
									/>
									<span>{item.text}</span>
								</label>
							</li>
						))}
					</ul>
				</fieldset>
			))}
			<button type="button" class="pd-button pd-button-quiet" onClick={() => clearChecklist()} disabled={done === 0}>
				{labels.clear}
			</button>
		</div>
	);
}
