/** Author text with *italics*, rendered as nodes (never as HTML). */
export default function Rich({ text }: { text: string }) {
	const parts = text.split(/\*([^*]+)\*/);
	return <>{parts.map((part, i) => (i % 2 === 1 ? <em key={i}>{part}</em> : part))}</>;
}
