/**
 * The fonts a design uses, resolved to what loads them: font files or an `@fontsource/*` package the
 * `fonts` config maps a Figma family to, else the project's `@fontsource/<family>` package (one CSS
 * file per weight), else a warning naming the font and the fallback stack used (with a free
 * look-alike loaded when one is installed).
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { children, isObject, obj, str, type Json } from '../source/read-json.ts';
import { GENERIC_FONT_FAMILIES } from '../core/generic-fonts.ts';
import { cleanFamily, fallbackStack, substituteOf } from './fallback-stack.ts';
import { fontWeightOf } from './font-weight.ts';

/** One family with the weights (100-900) its text layers use. */
export interface FontUse {
  family: string;
  weights: number[];
}

/** What the `fonts` config maps a Figma family to: a fontsource package, or font files by weight. */
export type FontSource = string | { files: Record<string, string> };

/** A font file registered under the design's family name (`@font-face`). */
export interface FontFace {
  family: string;
  weight: number;
  /** Absolute path of the font file. */
  path: string;
}

export interface MissingFont {
  family: string;
  weights: number[];
  /** The CSS font stack the text is set in instead. */
  fallback: string;
  /** What to do about it. */
  hint: string;
}

export interface ResolvedFonts {
  /** Module specifiers to import, e.g. `@fontsource/poppins/500.css`. */
  imports: string[];
  /** Font files to declare under the design's family name. */
  faces: FontFace[];
  /** Families (and weights) that could not be had, with the fallback the browser uses instead. */
  missing: MissingFont[];
  /** What loads, one entry per family and weight: "Poppins 500 (@fontsource/poppins)". */
  loaded: string[];
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
        const weight = Math.round((fontWeightOf(s) ?? 400) / 100) * 100;
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

const slug = (family: string) =>
  family
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The fontsource package name of a Figma family: "EB Garamond" -> "@fontsource/eb-garamond". */
export function fontsourcePackage(family: string): string {
  return `@fontsource/${slug(family)}`;
}

const packageDir = (root: string, pkg: string) => join(root, 'node_modules', ...pkg.split('/'));

/** The Latin file of one weight of a fontsource package, to register under another family name. */
function fontsourceFile(root: string, pkg: string, weight: number): string | undefined {
  const name = pkg.split('/').at(-1) ?? '';
  const file = join(packageDir(root, pkg), 'files', `${name}-latin-${weight}-normal.woff2`);
  return existsSync(file) ? file : undefined;
}

/**
 * Resolves each use from the `fonts` config and the project's own node_modules (installs stay
 * explicit: design-sync never installs a font; the warning says what to add).
 */
export function resolveFonts(
  uses: readonly FontUse[],
  projectRoot: string,
  config: Readonly<Record<string, FontSource>> = {},
  /** Families installed on the machine (lower-case): the browser finds them without a package. */
  systemFamilies: ReadonlySet<string> = new Set(),
): ResolvedFonts {
  const out: ResolvedFonts = { imports: [], faces: [], missing: [], loaded: [] };
  const importOnce = (specifier: string) => {
    if (!out.imports.includes(specifier)) out.imports.push(specifier);
  };
  for (const use of uses) {
    if (GENERIC_FONT_FAMILIES.has(use.family.toLowerCase())) continue;
    const family = cleanFamily(use.family);
    const source = config[use.family];
    const absent: number[] = [];
    let hint: string;
    if (source !== undefined && typeof source !== 'string') {
      for (const weight of use.weights) {
        const file = source.files[String(weight)];
        const path = file === undefined ? undefined : resolve(projectRoot, file);
        if (path && existsSync(path)) {
          out.faces.push({ family, weight, path });
          out.loaded.push(`${use.family} ${weight} (${file})`);
        } else absent.push(weight);
      }
      const missingFiles = absent.map((w) => source.files[String(w)]).filter((f) => f !== undefined);
      hint =
        missingFiles.length > 0
          ? `fonts."${use.family}": ${missingFiles.join(', ')} not found`
          : `add files for weight ${absent.join(', ')} to fonts."${use.family}".files`;
    } else {
      const pkg = source ?? fontsourcePackage(use.family);
      // A package of another family (a mapped look-alike) is registered under the design's name.
      const own = slug(pkg.split('/').at(-1) ?? '') === slug(use.family);
      for (const weight of use.weights) {
        const css = join(packageDir(projectRoot, pkg), `${weight}.css`);
        const file = own ? undefined : fontsourceFile(projectRoot, pkg, weight);
        if (own && existsSync(css)) importOnce(`${pkg}/${weight}.css`);
        else if (file) out.faces.push({ family, weight, path: file });
        else {
          absent.push(weight);
          continue;
        }
        out.loaded.push(`${use.family} ${weight} (${pkg})`);
      }
      hint = existsSync(packageDir(projectRoot, pkg))
        ? `${pkg} has no files for weight ${absent.join(', ')}`
        : source === undefined
          ? `npm i -D ${pkg}, or map the family to font files under "fonts" in design-sync.config.json`
          : `npm i -D ${pkg}`;
    }
    if (absent.length === 0) continue;
    if (source === undefined && systemFamilies.has(family.toLowerCase())) {
      out.loaded.push(`${use.family} ${absent.join('/')} (installed on this machine)`);
      continue;
    }
    // The fallback stack's free look-alike, when its package is installed, loads instead.
    const substitute = substituteOf(use.family)?.pkg;
    if (substitute && existsSync(packageDir(projectRoot, substitute.name)))
      for (const weight of absent)
        if (existsSync(join(packageDir(projectRoot, substitute.name), `${weight}.css`)))
          importOnce(`${substitute.name}/${weight}.css`);
    out.missing.push({ family: use.family, weights: absent, fallback: fallbackStack(use.family), hint });
  }
  return out;
}

const FORMATS: Record<string, string> = { '.woff2': 'woff2', '.woff': 'woff', '.ttf': 'truetype', '.otf': 'opentype' };

/** `@font-face` rules for the faces, each file's URL given by `urlOf` (a data URL, a relative path). */
export function fontFaceCss(faces: readonly FontFace[], urlOf: (face: FontFace) => string): string {
  return faces
    .map((face) => {
      const format = FORMATS[extname(face.path).toLowerCase()];
      const src = `url(${JSON.stringify(urlOf(face))})${format ? ` format("${format}")` : ''}`;
      return `@font-face {\n  font-family: "${face.family}";\n  font-style: normal;\n  font-weight: ${face.weight};\n  font-display: swap;\n  src: ${src};\n}\n`;
    })
    .join('\n');
}
