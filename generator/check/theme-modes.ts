/**
 * Theme modes from the built token CSS: every `[data-theme="<mode>"]` selector, in order. The mode
 * sharing a rule with `:root` is the default and goes first; a `:root` block of its own is the
 * default mode "default". A rule whose whole selector is one other attribute (a mode of a theme
 * dimension, `[data-color-scheme="dark"]`) is the mode `data-color-scheme=dark`; rules combining
 * several dimensions' attributes are not modes of their own.
 */
export function themeModes(css: string, attribute = 'data-theme'): string[] {
  const modes: string[] = [];
  let defaultMode: string | undefined;
  let rootAlone = false;
  const escaped = attribute.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
  const modeRe = new RegExp(`\\[${escaped}=["']?([^"'\\]]+)["']?\\]`, 'g');
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const selector of ruleSelectors(withoutComments)) {
    const names = [...selector.matchAll(modeRe)].map((m) => m[1]!);
    const hasRoot = /(^|[\s,]):root\b/.test(selector);
    const dimension = DIMENSION_RULE.exec(selector.trim());
    if (names.length === 0 && dimension && dimension[1] !== attribute) names.push(`${dimension[1]}=${dimension[2]}`);
    for (const name of names) if (!modes.includes(name)) modes.push(name);
    if (hasRoot && names[0]) defaultMode ??= names[0];
    else if (hasRoot) rootAlone = true;
  }
  if (defaultMode) return [defaultMode, ...modes.filter((mode) => mode !== defaultMode)];
  return rootAlone || !modes.length ? ['default', ...modes] : modes;
}

/**
 * The text before every `{` back to the previous brace, in order: each rule's selector (an at-rule's
 * prelude too). One pass: a regular expression for this retries from every character of a block's
 * declarations, which took seconds on the token CSS of a large system.
 */
export function ruleSelectors(css: string): string[] {
  const selectors: string[] = [];
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css.charCodeAt(i);
    if (char === OPEN && i > start) selectors.push(css.slice(start, i));
    if (char === OPEN || char === CLOSE) start = i + 1;
  }
  return selectors;
}
const OPEN = '{'.charCodeAt(0);
const CLOSE = '}'.charCodeAt(0);

/** A selector that is exactly one attribute selector: `[data-size="large"]`. */
const DIMENSION_RULE = /^\[([A-Za-z_][A-Za-z0-9_.-]*)=["']?([^"'\]]+)["']?\]$/;

/**
 * The attributes the check page sets on `<html>` to render a mode: `data-color-scheme=dark` sets
 * that attribute; any other mode name is a value of `attribute` (`data-theme`).
 */
export function modeAttributes(mode: string, attribute = 'data-theme'): Record<string, string> {
  const match = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.+)$/.exec(mode);
  return match ? { [match[1]!]: match[2]! } : { [attribute]: mode };
}
