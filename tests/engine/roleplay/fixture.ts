/** A small hand-made scenario for engine tests: three items, known points. */
import type { ScenarioModel } from '../../../src/engine/roleplay/model';

const o = (marvel: number, batman: number, outsideMandate: ('marvel' | 'batman')[] = []) => ({ marvel, batman, outsideMandate });

export const tiny: ScenarioModel & { id: string; number: number } = {
	id: 'tiny',
	number: 9,
	items: [
		// distributive
		{ options: [o(40, 0), o(20, 20), o(0, 40)] },
		// Marvel cares, Batman less: room to trade
		{ options: [o(40, 0), o(20, 10), o(0, 20, ['marvel'])] },
		// compatible
		{ options: [o(0, 0), o(20, 40)] },
	],
	sides: {
		marvel: { reservation: 50, batna: { points: 30 } },
		batman: { reservation: 50, batna: { points: 35 } },
	},
};
