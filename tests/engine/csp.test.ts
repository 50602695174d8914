import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policy, withPolicy } from '../../src/integrations/csp';

describe('content security policy', () => {
	const page = '<html><head><title>x</title><script>a()</script><script type="module" src="/_astro/x.js"></script></head><body><script type="application/json">{}</script><script>a()</script></body></html>';

	it('hashes each distinct inline script, not external ones or JSON data', () => {
		expect(inlineScriptHashes(page)).toEqual(["'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"]);
	});

	it('allows no other origin and no inline script without a hash', () => {
		const p = policy([]);
		expect(p).toContain("default-src 'self'");
		expect(p).toContain("connect-src 'self'");
		expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(p).toContain("object-src 'none'");
	});

	it('puts the policy first in the head, once', () => {
		const once = withPolicy(page);
		expect(once.indexOf('content-security-policy')).toBeLessThan(once.indexOf('<title>'));
		expect(withPolicy(once)).toBe(once);
	});
});
