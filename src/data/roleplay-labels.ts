/**
 * The role-play's interface strings for an island: the keys "paradiplomasi.roleplay.<group>.<name>"
 * of content/i18n/id.json, without the prefix, for the groups the island uses. Typed from
 * src/schemas/ui-strings.ts, so an island cannot ask for a string that does not exist.
 */
import { UiStringsSchema, type UiKey } from '../schemas/ui-strings';

const PREFIX = 'paradiplomasi.roleplay.';

type Strip<K> = K extends `${typeof PREFIX}${infer Rest}` ? Rest : never;
type GroupOf<K> = K extends `${infer G}.${string}` ? G : never;
export type RoleplayKey = Strip<UiKey>;
export type LabelGroup = GroupOf<RoleplayKey>;
export type Labels<G extends LabelGroup> = Record<Extract<RoleplayKey, `${G}.${string}`>, string>;

export function roleplayLabels<G extends LabelGroup>(t: (key: UiKey) => string, groups: readonly G[]): Labels<G> {
	const keys = Object.keys(UiStringsSchema.shape).filter((k) => groups.some((g) => k.startsWith(`${PREFIX}${g}.`))) as UiKey[];
	return Object.fromEntries(keys.map((k) => [k.slice(PREFIX.length), t(k)])) as Labels<G>;
}
