import type { ThemedSource, ThemeDimensionInput, ThemeLayer, SetUse } from './collect-themed-tokens.ts';
import type { TokenProblem } from './token-model.ts';
import { naturalCompare } from './token-names.ts';
import { isPlainObject } from './token-values.ts';

/**
 * Tokens Studio `$themes` and `$metadata.tokenSetOrder` -> a themed source: each theme group is a
 * mode dimension (themes without a group form one, named "theme"), each theme a mode selecting
 * sets as `enabled` (output) or `source` (aliases only); sets take precedence in tokenSetOrder.
 */

/** The dimension groupless themes form; its attribute is `data-theme`. */
export const GROUPLESS_DIMENSION = 'theme';

/** One Tokens Studio set: its name ("core/color") and document. */
export interface StudioSet {
  name: string;
  source: string;
  doc: unknown;
}

/** The `$themes` array when it names at least one theme, else undefined (the sets are read without themes). */
export function studioThemes(themes: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(themes)) return undefined;
  const list = themes.filter(
    (theme): theme is Record<string, unknown> =>
      isPlainObject(theme) && typeof theme.name === 'string' && isPlainObject(theme.selectedTokenSets),
  );
  return list.length > 0 ? list : undefined;
}

export function readStudioThemes(
  label: string,
  themes: Record<string, unknown>[],
  order: string[],
  sets: StudioSet[],
): { source: ThemedSource; problems: TokenProblem[] } {
  const problems: TokenProblem[] = [];
  // A tokenSetOrder or theme entry may name a folder ("base" covers "base/palette"), as older exports do.
  const covers = (entry: string, name: string) => name === entry || name.startsWith(`${entry}/`);
  const rank = (name: string) => {
    const index = order.findIndex((entry) => covers(entry, name));
    return index < 0 ? order.length : index;
  };
  const sorted = [...sets].sort((a, b) => rank(a.name) - rank(b.name) || naturalCompare(a.name, b.name));
  const layers: ThemeLayer[] = sorted.map((set) => ({
    name: set.name,
    collection: set.name,
    source: set.source,
    doc: set.doc,
    origin: 'tokens-studio',
  }));

  const dimensions: ThemeDimensionInput[] = [];
  const used = new Set<string>();
  for (const theme of themes) {
    const group = typeof theme.group === 'string' && theme.group.trim() !== '' ? theme.group : GROUPLESS_DIMENSION;
    const name = String(theme.name);
    const selected = new Map<string, SetUse>();
    const missing: string[] = [];
    for (const [entry, use] of Object.entries(theme.selectedTokenSets as Record<string, unknown>)) {
      if (use !== 'enabled' && use !== 'source') continue;
      const matches = layers.filter((layer) => covers(entry, layer.name));
      if (matches.length === 0) missing.push(entry);
      for (const layer of matches) selected.set(layer.name, use);
    }
    const where = `theme "${name}"${group === GROUPLESS_DIMENSION ? '' : ` (group "${group}")`} in ${label}`;
    if (![...selected.values()].includes('enabled')) {
      problems.push({
        severity: 'warning',
        kind: 'theme-without-sets',
        message: `${where} enables no token set that exists here${missing.length ? ` (missing: ${missing.join(', ')})` : ''}; the theme was skipped`,
        source: label,
      });
      continue;
    }
    if (missing.length > 0)
      problems.push({
        severity: 'warning',
        kind: 'theme-missing-set',
        message: `${where} selects token set(s) that do not exist here: ${missing.join(', ')}`,
        source: label,
      });
    let dimension = dimensions.find((d) => d.name === group);
    if (!dimension) {
      dimension = { name: group, modes: [] };
      dimensions.push(dimension);
    }
    if (dimension.modes.some((mode) => mode.name === name)) {
      problems.push({
        severity: 'warning',
        kind: 'duplicate-theme',
        message: `${where} is defined twice; the first one is used`,
        source: label,
      });
      continue;
    }
    dimension.modes.push({ name, sets: selected });
    for (const layer of selected.keys()) used.add(layer);
  }
  const unused = layers.filter((layer) => !used.has(layer.name)).map((layer) => layer.name);
  if (unused.length > 0)
    problems.push({
      severity: 'warning',
      kind: 'inactive-set',
      message: `${unused.length} token set(s) in ${label} are not selected by any theme and were skipped: ${unused.slice(0, 6).join(', ')}${unused.length > 6 ? ', …' : ''}`,
      source: label,
    });
  return {
    source: { label, layers: layers.filter((layer) => used.has(layer.name)), base: new Map(), dimensions },
    problems,
  };
}
