/**
 * What a component or layer is for, from its name, structure and properties, with the config's
 * `generator.semantics` override. The role decides the element and its ARIA.
 */
import type { IrRole } from './types.ts';
import { words } from './identifiers.ts';

const ROLES: ReadonlySet<string> = new Set([
  'button',
  'link',
  'input',
  'checkbox',
  'switch',
  'heading',
  'image',
  'icon',
  'list',
  'text',
  'container',
]);

/** Name patterns, first match wins; checked against lower-cased words of the name. */
const PATTERNS: Array<[IrRole, RegExp]> = [
  ['checkbox', /\b(checkbox|check box|checkmark)\b/],
  ['switch', /\b(switch|toggle)\b/],
  ['input', /\b(input|text ?field|textfield|search ?field|search ?bar|text ?area|textarea|text ?input)\b/],
  ['button', /\b(button|btn|cta|icon button)\b/],
  ['link', /\b(link|hyperlink)\b/],
  ['heading', /\b(heading|headline|h[1-6])\b/],
  ['image', /\b(image|img|photo|picture|avatar|thumbnail)\b/],
  ['icon', /\b(icon|ic|glyph)\b/],
  ['list', /\b(list|menu)\b/],
];

/** The role a name suggests, or undefined. */
export function roleFromName(name: string): IrRole | undefined {
  const text = words(name).join(' ').toLowerCase();
  for (const [role, pattern] of PATTERNS) if (pattern.test(text)) return role;
  return undefined;
}

/** A role from config (`generator.semantics`), by generated name or Figma name. */
export function roleOverride(semantics: Record<string, string>, names: string[]): IrRole | undefined {
  for (const name of names) {
    const value = semantics[name]?.toLowerCase();
    if (value && ROLES.has(value)) return value as IrRole;
  }
  return undefined;
}

export const INTERACTIVE: ReadonlySet<IrRole> = new Set(['button', 'link', 'input', 'checkbox', 'switch']);

/** Host element of a component root with this role. */
export function rootTag(role: IrRole): string {
  switch (role) {
    case 'button':
    case 'checkbox':
    case 'switch':
      return 'button';
    case 'link':
      return 'a';
    case 'list':
      return 'ul';
    case 'heading':
      return 'h2';
    case 'image':
    case 'icon':
    case 'input':
    case 'text':
    case 'container':
    case 'listitem':
      return 'div';
  }
}

/** Heading level from a name ("H3", "Heading 2") or else from the font size. */
export function headingLevel(name: string, fontSize: number | undefined): number {
  const match = /\bh([1-6])\b/i.exec(name) ?? /\bheading\s*([1-6])\b/i.exec(name);
  if (match?.[1]) return Number(match[1]);
  if (fontSize === undefined) return 2;
  if (fontSize >= 32) return 1;
  if (fontSize >= 24) return 2;
  if (fontSize >= 20) return 3;
  return 4;
}

/** Layer names Figma gives by default carry no meaning for an accessible name. */
export function isMeaninglessName(name: string): boolean {
  return (
    /^(rectangle|image|frame|group|ellipse|vector|union|subtract|intersect|exclude|shape|layer|mask|bg|background|line|polygon|star|path)\s*[0-9]*$/i.test(
      name.trim(),
    ) || name.trim() === ''
  );
}

/** "arrow_right-24" -> "Arrow right 24", for labels. */
export function humanize(name: string): string {
  const text = words(name).join(' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
