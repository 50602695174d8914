/** The interface strings the exercise islands use (content/i18n keys "paradiplomasi.exercise.*"). */
import type { UiKey } from '../../schemas/ui-strings';

export const LABEL_PREFIX = 'paradiplomasi.exercise.';

type Strip<K> = K extends `paradiplomasi.exercise.${infer Rest}` ? Rest : never;
export type LabelKey = Strip<UiKey>;
export type Labels = Record<LabelKey, string>;
