/**
 * The facilitator's authored data (Node only, build time): the participants' worksheets
 * (content/course/worksheets.yaml) and the preparation checklist (content/course/preparation.yaml),
 * validated; a worksheet that names a step its session does not have stops the build.
 */
import { join } from 'node:path';
import { CourseDataError, loadCourse, readYaml, validateFile } from './course';
import { WorksheetFileSchema, type Worksheet } from '../schemas/worksheet';
import { PreparationFileSchema, type PreparationGroup } from '../schemas/preparation';

export interface FacilitatorData {
	worksheets: Worksheet[];
	preparation: PreparationGroup[];
}

export function loadFacilitator(root = process.cwd()): FacilitatorData {
	const dir = join(root, 'content', 'course');
	const worksheets = validateFile(
		WorksheetFileSchema,
		readYaml(join(dir, 'worksheets.yaml'), root),
		'content/course/worksheets.yaml',
	);
	const sessions = loadCourse(root).sessions;
	worksheets.forEach((w, i) => {
		if (w.session !== i + 1)
			throw new CourseDataError(
				`content/course/worksheets.yaml: entry ${i + 1} is for session ${w.session}; list the sessions 1 to 5 in order.`,
			);
		const steps = sessions.find((s) => s.number === w.session)?.process.length ?? 0;
		for (const key of w.steps) {
			const [n, step] = key.split('.').map(Number) as [number, number];
			if (n !== w.session || step < 1 || step > steps)
				throw new CourseDataError(
					`content/course/worksheets.yaml: session ${w.session} has no step "${key}" (it has ${w.session}.1 to ${w.session}.${steps}).`,
				);
		}
	});
	const preparation = validateFile(
		PreparationFileSchema,
		readYaml(join(dir, 'preparation.yaml'), root),
		'content/course/preparation.yaml',
	);
	const ids = preparation.flatMap((g) => g.items.map((item) => item.id));
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice)
		throw new CourseDataError(
			`content/course/preparation.yaml: the id "${twice}" is used twice; give each item its own id.`,
		);
	return { worksheets, preparation };
}

let cached: FacilitatorData | undefined;

export function getFacilitator(): FacilitatorData {
	cached ??= loadFacilitator();
	return cached;
}
