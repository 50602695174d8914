// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BODIES } from '../../src/islands/quiz/bodies';
import { GRADED_TYPES } from '../../src/schemas/exercise';

describe('quiz answer bodies', () => {
	it('finds the exercise body of every graded type (fails if an exercise view stops wrapping GradedRunner)', () => {
		for (const type of GRADED_TYPES) expect(typeof BODIES[type], type).toBe('function');
		expect(BODIES.single).toBe(BODIES.truefalse);
		expect(BODIES.matching).toBe(BODIES.sorting);
	});
});
