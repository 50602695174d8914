/** A QR code as inline SVG (lean-qr), with the text it carries as its accessible name. */
import { useMemo } from 'preact/hooks';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

interface Props {
	text: string;
	/** What the code opens or carries, for screen readers. */
	label: string;
	class?: string;
}

export default function QrCode({ text, label, class: className }: Props) {
	const { size, path } = useMemo(() => {
		const code = generate(text);
		return { size: code.size, path: toSvgPath(code) };
	}, [text]);
	// A quiet zone of four modules, as the standard asks, so phone cameras find the code.
	return (
		<svg class={`rp-qr ${className ?? ''}`} viewBox={`-4 -4 ${size + 8} ${size + 8}`} role="img" aria-label={label} shape-rendering="crispEdges">
			<rect x="-4" y="-4" width={size + 8} height={size + 8} fill="#fff" />
			<path d={path} fill="#000" />
		</svg>
	);
}
