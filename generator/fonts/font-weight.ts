/**
 * The weight of the face Figma draws a text style with. Figma names the face (`fontStyle`
 * "Black", `fontPostScriptName` "Poppins-Black") beside a numeric `fontWeight`, and the two can
 * disagree (a file with "Black" at 550): Figma draws the named face, so a name more than one
 * step from the number wins.
 */
import { num, str, type Json } from '../source/read-json.ts';

/** Weight names as font files spell them, heaviest spellings first where one contains another. */
const NAMED_WEIGHTS: Array<[RegExp, number]> = [
  [/(extra|ultra)[\s-]?light/i, 200],
  [/(extra|ultra)[\s-]?bold/i, 800],
  [/(semi|demi)[\s-]?bold/i, 600],
  [/thin|hairline/i, 100],
  [/light/i, 300],
  [/medium/i, 500],
  [/bold/i, 700],
  [/black|heavy/i, 900],
  [/regular|normal|book|roman/i, 400],
];

/** The weight a face name spells ("SemiBold Italic" -> 600), or undefined. */
export function namedWeight(name: string | undefined): number | undefined {
  if (!name) return undefined;
  return NAMED_WEIGHTS.find(([pattern]) => pattern.test(name))?.[1];
}

/** The style's weight: the numeric `fontWeight`, unless the face's name says otherwise by more than 100. */
export function fontWeightOf(style: Json | undefined): number | undefined {
  const weight = num(style, 'fontWeight');
  const postScript = str(style, 'fontPostScriptName');
  const named = namedWeight(str(style, 'fontStyle')) ?? namedWeight(postScript?.split('-').slice(1).join('-'));
  if (named === undefined) return weight;
  if (weight === undefined || Math.abs(named - weight) > 100) return named;
  return weight;
}
