import { defineConfig } from 'vitest/config';

export default defineConfig({
	esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
	},
});
