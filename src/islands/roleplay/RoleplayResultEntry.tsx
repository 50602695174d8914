/**
 * A small group records its result on any device: the issue, its group number, the option agreed
 * on each item (or that it did not sign, and why). The page then shows a short code and its QR for
 * the facilitator. Nothing is saved: the code is the record. It shows no points.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Labels } from '../../data/roleplay-labels';
import { fill } from '../../data/format';
import { formatCode } from '../../engine/codes';
import { encodeResult, MAX_GROUP, NO_DEAL_REASONS, type GroupResult, type NoDealReason } from '../../engine/roleplay/result-code';
import type { PublicView } from '../../engine/roleplay/views';
import QrCode from '../QrCode';

type L = Labels<'common' | 'entry'>;

interface Props {
	scenarios: PublicView[];
	labels: L;
}

export default function RoleplayResultEntry({ scenarios, labels: L }: Props) {
	const [scenario, setScenario] = useState<number | null>(null);
	const [group, setGroup] = useState('');
	const [signed, setSigned] = useState<boolean | null>(null);
	const [options, setOptions] = useState<(number | null)[]>([]);
	const [reason, setReason] = useState<NoDealReason | null>(null);
	const [item, setItem] = useState<number | null>(null);
	const [error, setError] = useState('');
	const [code, setCode] = useState<string | null>(null);
	const result = useRef<HTMLHeadingElement>(null);
	const view = scenarios.find((s) => s.number === scenario);

	// The agreement form's QR code opens this page with the issue and the group filled in.
	useEffect(() => {
		const params = new URLSearchParams(location.search);
		const s = Number(params.get('s'));
		const g = Number(params.get('g'));
		if (scenarios.some((x) => x.number === s)) choose(s);
		if (Number.isInteger(g) && g >= 1 && g <= MAX_GROUP) setGroup(String(g));
	}, []);
	useEffect(() => {
		if (code) result.current?.focus();
	}, [code]);

	function choose(number: number) {
		setScenario(number);
		setOptions(Array(scenarios.find((s) => s.number === number)!.items.length).fill(null));
		setItem(null);
	}

	const submit = (event: Event) => {
		event.preventDefault();
		const n = Number(group);
		const missing =
			!view
				? L['entry.errorIssue']
				: !Number.isInteger(n) || n < 1 || n > MAX_GROUP
					? fill(L['entry.errorGroup'], { max: MAX_GROUP })
					: signed === null
						? L['entry.errorSigned']
						: signed && options.some((o) => o === null)
							? fill(L['entry.errorOptions'], { items: options.flatMap((o, i) => (o === null ? [view.items[i]!.title] : [])).join(', ') })
							: !signed && !reason
								? L['entry.errorReason']
								: !signed && reason === 'butir-macet' && item === null
									? L['entry.errorItem']
									: '';
		setError(missing);
		if (missing || !view) return;
		const r: GroupResult = signed
			? { scenario: view.number, group: n, signed: true, options: options as number[] }
			: reason === 'butir-macet'
				? { scenario: view.number, group: n, signed: false, reason, item: item! }
				: { scenario: view.number, group: n, signed: false, reason: reason! };
		setCode(encodeResult(r));
	};

	if (code && view)
		return (
			<div class="rp-entry-result">
				<h2 ref={result} tabIndex={-1}>
					{fill(L['entry.codeHeading'], { group })}
				</h2>
				<p class="rp-big-code">{formatCode(code)}</p>
				<QrCode text={code} label={L['entry.qrLabel']} class="rp-qr-large" />
				<p>{L['entry.show']}</p>
				<p>
					<button type="button" class="pd-button rp-secondary" onClick={() => setCode(null)}>
						{L['entry.edit']}
					</button>
				</p>
			</div>
		);

	return (
		<form class="rp-entry" onSubmit={submit} noValidate>
			<fieldset>
				<legend>{L['entry.issue']}</legend>
				{scenarios.map((s) => (
					<label class="rp-choice">
						<input type="radio" name="rp-scenario" checked={scenario === s.number} onChange={() => choose(s.number)} /> {L[`common.issue.${s.issue}`]}:{' '}
						{s.title}
					</label>
				))}
			</fieldset>
			<p class="rp-field">
				<label for="rp-group">{L['entry.group']}</label>
				<input id="rp-group" type="number" inputMode="numeric" min={1} max={MAX_GROUP} value={group} onInput={(e) => setGroup(e.currentTarget.value)} />
			</p>
			<fieldset>
				<legend>{L['entry.signed']}</legend>
				<label class="rp-choice">
					<input type="radio" name="rp-signed" checked={signed === true} onChange={() => setSigned(true)} /> {L['entry.yes']}
				</label>
				<label class="rp-choice">
					<input type="radio" name="rp-signed" checked={signed === false} onChange={() => setSigned(false)} /> {L['entry.no']}
				</label>
			</fieldset>
			{signed === true && view && (
				<div class="rp-entry-items">
					<h2>{L['entry.itemsHeading']}</h2>
					{view.items.map((it, i) => (
						<fieldset>
							<legend>
								{i + 1}. {it.title}: {it.question}
							</legend>
							{it.options.map((label, o) => (
								<label class="rp-choice">
									<input
										type="radio"
										name={`rp-item-${i}`}
										checked={options[i] === o}
										onChange={() => setOptions(options.map((x, j) => (j === i ? o : x)))}
									/>{' '}
									{label}
								</label>
							))}
						</fieldset>
					))}
				</div>
			)}
			{signed === true && !view && <p>{L['entry.chooseIssueFirst']}</p>}
			{signed === false && (
				<fieldset>
					<legend>{L['entry.reason']}</legend>
					{NO_DEAL_REASONS.map((r) => (
						<label class="rp-choice">
							<input type="radio" name="rp-reason" checked={reason === r} onChange={() => setReason(r)} /> {L[`common.reason.${r}`]}
						</label>
					))}
					{reason === 'butir-macet' && view && (
						<p class="rp-field">
							<label for="rp-stuck">{L['entry.stuckItem']}</label>
							<select id="rp-stuck" value={item ?? ''} onChange={(e) => setItem(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
								<option value="">{L['entry.chooseItem']}</option>
								{view.items.map((it, i) => (
									<option value={i}>{it.title}</option>
								))}
							</select>
						</p>
					)}
				</fieldset>
			)}
			<p role="alert" class="rp-error">
				{error}
			</p>
			<p>
				<button type="submit" class="pd-button">
					{L['entry.make']}
				</button>
			</p>
		</form>
	);
}
