/** The interface strings the quiz islands use (content/i18n keys "paradiplomasi.quiz.*"), without the prefix. */
import type { UiKey } from '../../schemas/ui-strings';

export const QUIZ_LABEL_PREFIX = 'paradiplomasi.quiz.';

type Strip<K> = K extends `paradiplomasi.quiz.${infer Rest}` ? Rest : never;
export type QuizLabelKey = Strip<UiKey>;
export type QuizLabels = Record<QuizLabelKey, string>;
