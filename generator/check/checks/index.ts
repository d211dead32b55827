/**
 * The per-story checks, in report order. A new check is one file in this folder (a `Check`) and
 * one entry here, with its story result and component summary in `../check-schema.ts`.
 */
import { a11yCheck } from './a11y.ts';
import type { Check, StoryCheckKey } from './check.ts';
import { layoutCheck } from './layout.ts';
import { responsiveCheck } from './responsive.ts';
import { visualCheck } from './visual.ts';

export const STORY_CHECKS = [a11yCheck, layoutCheck, visualCheck, responsiveCheck] as const satisfies readonly {
  [K in StoryCheckKey]: Check<K>;
}[StoryCheckKey][];

// Every per-story key of the schema has its check in the list: a new schema key without one fails tsc.
type Missing = Exclude<StoryCheckKey, (typeof STORY_CHECKS)[number]['key']>;
const everyKeyListed: [Missing] extends [never] ? true : Missing = true;
void everyKeyListed;
