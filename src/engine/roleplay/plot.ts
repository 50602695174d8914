/**
 * Geometry of the debrief plot: Marvel's points across, Batman's up, both 0–100; the Pareto
 * frontier drawn as a staircase (only its corners are reachable agreements).
 */
import type { Point } from './frontier';

export interface PlotFrame {
	/** Size of the drawing area in SVG units, and the margin left for the axes' labels. */
	size: number;
	margin: number;
}

export const DEFAULT_FRAME: PlotFrame = { size: 400, margin: 48 };

export function toSvg(point: Point, frame: PlotFrame = DEFAULT_FRAME): { x: number; y: number } {
	const scale = frame.size / 100;
	return { x: frame.margin + point.marvel * scale, y: frame.size - point.batman * scale + 8 };
}

/** The SVG path of the frontier's staircase through its points (given by Marvel's points ascending). */
export function frontierPath(points: readonly Point[], frame: PlotFrame = DEFAULT_FRAME): string {
	if (points.length === 0) return '';
	const svg = points.map((p) => toSvg(p, frame));
	let d = `M${svg[0]!.x} ${svg[0]!.y}`;
	for (let i = 1; i < svg.length; i++) d += ` V${svg[i]!.y} H${svg[i]!.x}`;
	return d;
}
