/** Renders the little Markdown that data files allow (*italics*) as safe HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function inlineMarkdown(text: string): string {
	return escapeHtml(text).replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** Fills "{{name}}" placeholders of an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
