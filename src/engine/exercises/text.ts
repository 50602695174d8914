/** Text comparison for short answers. */

/**
 * The form two answers are compared in: accents removed (é → e), lower case, and every space,
 * hyphen and punctuation mark dropped, so "Edmund  Burke." equals "edmund burke" and
 * "multi-level" equals "multi level" and "multilevel".
 */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `typed` is one of the `accepted` answers, under normaliseAnswer. */
export function matchesAccepted(typed: string, accepted: readonly string[]): boolean {
	const mine = normaliseAnswer(typed);
	return mine !== '' && accepted.some((a) => normaliseAnswer(a) === mine);
}
