/**
 * Theme modes of the built token CSS: the tokens stage writes the default mode under `:root` and every
 * other mode under `[data-theme="<mode>"]`, so the selectors in the CSS are the list of modes.
 */
export interface ThemeMode {
  /** The `data-theme` value; empty for the default mode, which needs no attribute. */
  value: string;
  title: string;
}

const MODE_SELECTOR = /\[data-theme=["']?([^"'\]]+)["']?\]/g;
/** The tokens stage may name the default mode in a comment beside `:root`, e.g. `/* mode: Light *\/`. */
const DEFAULT_MODE_COMMENT = /\/\*\s*(?:default\s+)?mode:\s*([^*]+?)\s*\*\//i;

export function themeModesFromCss(css: string): ThemeMode[] {
  const defaultName = DEFAULT_MODE_COMMENT.exec(css)?.[1]?.trim();
  const modes: ThemeMode[] = [{ value: '', title: defaultName ? `${defaultName} (default)` : 'Default' }];
  const seen = new Set<string>();
  for (const match of css.matchAll(MODE_SELECTOR)) {
    const value = match[1];
    if (value === undefined || seen.has(value) || value === defaultName) continue;
    seen.add(value);
    modes.push({ value, title: value });
  }
  return modes;
}
