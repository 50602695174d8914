/**
 * The print view: for the facilitator's current groups, each participant's confidential sheet,
 * each group's agreement form, and the table cards whose QR code opens the participant's own
 * sheet. Each printed page is a section of its own, so the page count is known in advance.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { CARDS_PER_PAGE, printPages, type PrintParts } from '../../engine/roleplay/print';
import { participantName, sessionGroups, type SessionGroup } from '../../engine/roleplay/session';
import { publicView, sheetPath, sideView, type FullScenario } from '../../engine/roleplay/views';
import type { RoleplaySession } from '../../schemas/roleplay-session';
import { $roleplaySession } from '../../stores/roleplay-session';
import QrCode from '../QrCode';
import { useClientStore } from '../use-client-store';
import AgreementForm from './AgreementForm';
import SideSheetView from './SideSheetView';

type L = Labels<'common' | 'print' | 'sheet' | 'form' | 'observer'>;

interface Props {
	scenarios: FullScenario[];
	labels: L;
	links: { facilitator: string; result: string; observer: string };
}

export default function RoleplayPrint({ scenarios, labels: L, links }: Props) {
	const session = useClientStore($roleplaySession, null);
	const [parts, setParts] = useState<PrintParts>({ sheets: true, forms: true, cards: true });
	// QR codes must carry the address the course is served from, known only in the browser.
	const [origin, setOrigin] = useState('');
	useEffect(() => setOrigin(location.origin), []);

	if (!session)
		return (
			<p class="rp-empty">
				{L['print.none']} <a href={links.facilitator}>{L['print.toFacilitator']}</a>
			</p>
		);
	const groups = sessionGroups(
		session,
		scenarios.map((s) => s.id),
	);
	const pages = printPages(groups, parts);
	const toggle = (part: keyof PrintParts) => setParts({ ...parts, [part]: !parts[part] });
	return (
		<div class="rp-print">
			<div class="rp-print-controls">
				<fieldset>
					<legend>{L['print.choose']}</legend>
					{(['sheets', 'forms', 'cards'] as const).map((part) => (
						<label class="rp-choice">
							<input type="checkbox" checked={parts[part]} onChange={() => toggle(part)} /> {L[`print.${part}`]}
						</label>
					))}
				</fieldset>
				<p role="status" class="rp-summary">
					{fill(L['print.pages'], { pages })}
				</p>
				<p class="rp-hint">{L['print.hint']}</p>
				<p class="rp-actions">
					<button type="button" class="pd-button" onClick={() => print()} disabled={pages === 0}>
						{L['print.print']}
					</button>
				</p>
			</div>
			<div class="rp-print-pages" data-pages={pages}>
				{parts.sheets && groups.map((g) => <GroupSheets group={g} session={session} scenarios={scenarios} L={L} />)}
				{parts.forms &&
					groups.map((g) => {
						const scenario = scenarios.find((s) => s.id === g.scenario)!;
						const url = `${origin}${links.result}?s=${scenario.number}&g=${g.number}`;
						return <AgreementForm view={publicView(scenario)} group={g.number} resultUrl={url} labels={L} />;
					})}
				{parts.cards && <Cards groups={groups} session={session} scenarios={scenarios} origin={origin} observer={links.observer} L={L} />}
			</div>
		</div>
	);
}

function GroupSheets({ group, session, scenarios, L }: { group: SessionGroup; session: RoleplaySession; scenarios: FullScenario[]; L: L }) {
	const scenario = scenarios.find((s) => s.id === group.scenario)!;
	return (
		<>
			{group.members.map((m) => {
				const forWhom = fill(L['sheet.forWhom'], { name: participantName(session, m.participant, L['common.participant']), group: group.number });
				if (m.role !== 'observer') return <SideSheetView view={sideView(scenario, m.role)} labels={L} forWhom={forWhom} paged />;
				return (
					<section class="rp-page rp-sheet">
						<header class="rp-sheet-head">
							<p class="rp-sheet-kicker">
								{L['observer.kicker']} · {L[`common.issue.${scenario.issue}`]}
							</p>
							<h2 class="rp-sheet-title">{scenario.title}</h2>
							<p class="rp-sheet-for">{forWhom}</p>
						</header>
						<p>{L['observer.task']}</p>
						<h3>{L['sheet.background']}</h3>
						{scenario.background.map((p) => (
							<p>{p}</p>
						))}
						<h3>{L['observer.watch']}</h3>
						<ul>
							{(['persiapan', 'pembukaan', 'penyampaian', 'pembahasan', 'persetujuan', 'tips'] as const).map((k) => (
								<li>{L[`observer.${k}`]}</li>
							))}
						</ul>
					</section>
				);
			})}
		</>
	);
}

function Cards({ groups, session, scenarios, origin, observer, L }: { groups: SessionGroup[]; session: RoleplaySession; scenarios: FullScenario[]; origin: string; observer: string; L: L }) {
	const cards = groups.flatMap((g) => g.members.map((m) => ({ group: g, member: m })));
	const pages: (typeof cards)[] = [];
	for (let i = 0; i < cards.length; i += CARDS_PER_PAGE) pages.push(cards.slice(i, i + CARDS_PER_PAGE));
	return (
		<>
			{pages.map((page) => (
				<section class="rp-page rp-cards">
					{page.map(({ group, member }) => {
						const scenario = scenarios.find((s) => s.id === group.scenario)!;
						const path = member.role === 'observer' ? observer : sheetPath(scenario.id, member.role);
						const name = participantName(session, member.participant, L['common.participant']);
						return (
							<div class={`rp-card rp-card-${member.role}`}>
								<p class="rp-card-name">{name}</p>
								<p class="rp-card-group">{fill(L['print.cardGroup'], { group: group.number })}</p>
								<p class="rp-card-side">{L[`common.${member.role}`]}</p>
								<p class="rp-card-issue">{L[`common.issue.${scenario.issue}`]}</p>
								{origin && <QrCode text={`${origin}${path}`} label={fill(L['print.cardQr'], { name })} />}
								<p class="rp-card-hint">{member.role === 'observer' ? L['print.cardObserver'] : L['print.cardScan']}</p>
							</div>
						);
					})}
				</section>
			))}
		</>
	);
}
