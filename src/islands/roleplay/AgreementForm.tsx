/** The printed agreement form of one small group: one box to tick per item, the signatures, and,
 * if the group does not sign, why. Its QR code opens the group result page, filled in. */
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { NO_DEAL_REASONS } from '../../engine/roleplay/result-code';
import type { PublicView } from '../../engine/roleplay/views';
import QrCode from '../QrCode';

interface Props {
	view: PublicView;
	group: number;
	/** Full URL of the group result page for this group. */
	resultUrl: string;
	labels: Labels<'form' | 'common'>;
}

export default function AgreementForm({ view, group, resultUrl, labels: L }: Props) {
	return (
		<section class="rp-page rp-form">
			<header class="rp-sheet-head">
				<p class="rp-sheet-kicker">
					{fill(L['form.kicker'], { group })} · {L[`common.issue.${view.issue}`]}
				</p>
				<h2 class="rp-sheet-title">{view.agreementTitle}</h2>
				<p>{fill(L['form.between'], { marvel: view.parties.marvel, batman: view.parties.batman })}</p>
			</header>
			<p>{L['form.instructions']}</p>
			<ol class="rp-form-items">
				{view.items.map((item) => (
					<li>
						<p class="rp-form-item">
							<strong>{item.title}.</strong> {item.question}
						</p>
						<ul class="rp-boxes">
							{item.options.map((o) => (
								<li>
									<span class="rp-box" aria-hidden="true" /> {o}
								</li>
							))}
						</ul>
					</li>
				))}
			</ol>
			<div class="rp-signatures">
				{(['marvel', 'batman'] as const).map((side) => (
					<div>
						<p>{fill(L['form.signFor'], { party: view.parties[side] })}</p>
						<p class="rp-sign-line">{L['form.nameSign']}</p>
					</div>
				))}
			</div>
			<p class="rp-form-item">
				<strong>{L['form.notSigned']}</strong>
			</p>
			<ul class="rp-boxes rp-boxes-inline">
				{NO_DEAL_REASONS.map((r) => (
					<li>
						<span class="rp-box" aria-hidden="true" /> {L[`common.reason.${r}`]}
					</li>
				))}
			</ul>
			<div class="rp-form-foot">
				<QrCode text={resultUrl} label={L['form.qrLabel']} class="rp-qr-small" />
				<p>
					{L['form.report']}
					<br />
					<span class="rp-url">{resultUrl}</span>
				</p>
			</div>
		</section>
	);
}
