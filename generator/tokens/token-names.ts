/** Path and CSS naming rules, shared by readers, validation and outputs so that they agree. */

/** DTCG forbids ".", "{", "}" in names and a leading "$": replace them, keep everything else as written. */
export function cleanSegment(name: string): string {
  const cleaned = name.trim().replace(/[.{}]/g, '_').replace(/^\$+/, '');
  return cleaned === '' ? '_' : cleaned;
}

/** "Family Sans" / "familySans" / "family_sans" all become "family-sans": the key names collide on. */
const kebabCache = new Map<string, string>();

export function kebab(name: string): string {
  const cached = kebabCache.get(name);
  if (cached !== undefined) return cached;
  const result = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Names repeat across modes, references and outputs; the cache keeps kebab off the profile.
  if (kebabCache.size < 100_000) kebabCache.set(name, result);
  return result;
}

/** The key references are looked up by, so "{Colors.Brand Primary}" finds "colors.brand-primary". */
export function normalizedKey(path: readonly string[]): string {
  return path.map((segment) => kebab(segment) || segment).join('.');
}

export function dotPath(path: readonly string[]): string {
  return path.join('.');
}

/** `color.bg.brand` -> `--color-bg-brand`. */
export function cssVarName(path: readonly string[]): string {
  const body = path.map((segment) => kebab(segment) || segment.replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
  return `--${body}`;
}

/** A Figma codeSyntax.WEB like "var(--color-bg)" or "--color-bg" names the CSS variable the team already uses. */
export function cssVarFromCodeSyntax(web: string | undefined): string | undefined {
  if (web === undefined) return undefined;
  const match = /^\s*(?:var\(\s*)?(--[A-Za-z0-9_-]+)\s*\)?\s*$/.exec(web);
  return match?.[1];
}

/** File and selector slug: "Tokens — Completed" -> "tokens-completed", "@color" -> "color". */
export function slug(name: string): string {
  return kebab(name) || 'tokens';
}

export function splitAlias(value: string): string[] | undefined {
  const match = /^\{([^{}]+)\}$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : match[1].split('.');
}

const REF = /\{([^{}]+)\}/g;

/** Every "{a.b}" inside a string. */
export function referencesIn(value: string): string[][] {
  return [...value.matchAll(REF)].map((match) => (match[1] ?? '').split('.'));
}

/** Natural order ("2" before "10"), so files diff well and read in the order a designer expects. */
export const naturalCompare = (a: string, b: string) =>
  a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
