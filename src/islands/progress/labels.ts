/** The interface strings of the progress page's islands (content/i18n keys "paradiplomasi.progressPage.*"). */
import type { UiKey } from '../../schemas/ui-strings';

export const LABEL_PREFIX = 'paradiplomasi.progressPage.';

type Strip<K> = K extends `paradiplomasi.progressPage.${infer Rest}` ? Rest : never;
export type LabelKey = Strip<UiKey>;
export type Labels = Record<LabelKey, string>;

/** Dates as the learner reads them, e.g. "23 November 2026"; a dash for a time that is not one. */
export { dayMonthYear as formatDate } from '../../engine/dates';
