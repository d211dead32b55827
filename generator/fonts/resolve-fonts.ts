/**
 * The fonts a design uses, resolved to stylesheets: a `@fontsource/<family>` package installed in the
 * project (one CSS file per weight), else a warning naming the font and the fallback stack used.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { children, isObject, num, obj, str, type Json } from '../ir/read.ts';
import { GENERIC_FONT_FAMILIES } from '../core/generic-fonts.ts';

/** One family with the weights (100-900) its text layers use. */
export interface FontUse {
  family: string;
  weights: number[];
}

export interface ResolvedFonts {
  /** Module specifiers to import, e.g. `@fontsource/poppins/500.css`. */
  imports: string[];
  /** Families (and weights) that could not be had, with the fallback the browser uses instead. */
  missing: Array<{ family: string; weights: number[]; fallback: string; hint: string }>;
}

/** Every family and weight used by the text layers under the given roots, sorted. */
export function fontUses(roots: readonly Json[]): FontUse[] {
  const byFamily = new Map<string, Set<number>>();
  const visit = (node: Json) => {
    const styles = [obj(node, 'style'), ...Object.values(obj(node, 'styleOverrideTable') ?? {}).filter(isObject)];
    if (str(node, 'type') === 'TEXT')
      for (const s of styles) {
        const family = str(s, 'fontFamily');
        if (!family) continue;
        const weight = Math.round((num(s, 'fontWeight') ?? 400) / 100) * 100;
        const set = byFamily.get(family) ?? new Set<number>();
        set.add(Math.min(900, Math.max(100, weight)));
        byFamily.set(family, set);
      }
    for (const c of children(node)) visit(c);
  };
  for (const root of roots) visit(root);
  return [...byFamily]
    .map(([family, weights]) => ({ family, weights: [...weights].sort((a, b) => a - b) }))
    .sort((a, b) => a.family.localeCompare(b.family));
}

/** The fontsource package name of a Figma family: "EB Garamond" -> "@fontsource/eb-garamond". */
export function fontsourcePackage(family: string): string {
  const slug = family
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `@fontsource/${slug}`;
}

/**
 * Resolves each use from the project's own node_modules (installs stay explicit: design-sync never
 * installs a font; the warning says which package to add).
 */
export function resolveFonts(uses: readonly FontUse[], projectRoot: string): ResolvedFonts {
  const out: ResolvedFonts = { imports: [], missing: [] };
  for (const use of uses) {
    if (GENERIC_FONT_FAMILIES.has(use.family.toLowerCase())) continue;
    const pkg = fontsourcePackage(use.family);
    const dir = join(projectRoot, 'node_modules', ...pkg.split('/'));
    const absent: number[] = [];
    for (const weight of use.weights) {
      if (existsSync(join(dir, `${weight}.css`))) out.imports.push(`${pkg}/${weight}.css`);
      else absent.push(weight);
    }
    if (absent.length > 0)
      out.missing.push({
        family: use.family,
        weights: absent,
        fallback: `"${use.family}", sans-serif`,
        hint: existsSync(dir) ? `${pkg} has no files for weight ${absent.join(', ')}` : `npm i -D ${pkg}`,
      });
  }
  return out;
}
