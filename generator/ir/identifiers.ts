/**
 * Figma layer, component and property names are untrusted text: they become identifiers, class
 * names and file names only through these functions (valid identifiers, no path separators,
 * no reserved words, collisions deduplicated).
 */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined NaN Infinity ' +
    'key ref children className style'
  ).split(' '),
);

/** Words of a name: "Show icon#12:3" -> ["Show", "icon"]; Figma's "#id" suffix is dropped. */
export function words(name: string): string[] {
  const base = name.replace(/#[0-9]+:[0-9]+$/, '');
  return base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A PascalCase identifier, e.g. "button / primary" -> "ButtonPrimary". */
export function pascalCase(name: string, fallback = 'Component'): string {
  const ws = words(name);
  let out = ws.map((w) => cap(w.toLowerCase() === w || w.toUpperCase() === w ? w.toLowerCase() : w)).join('');
  if (!out) out = fallback;
  if (/^[0-9]/.test(out)) out = `${fallback}${out}`;
  return out.slice(0, 64);
}

/** A camelCase identifier that is never a reserved word, e.g. "Has Icon?" -> "hasIcon". */
export function camelCase(name: string, fallback = 'value'): string {
  const pascal = pascalCase(name, '');
  let out = pascal ? pascal.charAt(0).toLowerCase() + pascal.slice(1) : fallback;
  if (/^[0-9]/.test(out)) out = `${fallback}${out}`;
  if (RESERVED.has(out)) out = `${out}Prop`;
  return out;
}

/** A camelCase CSS module class name; reserved words are fine as property names. */
export function className(name: string): string {
  const pascal = pascalCase(name, '');
  const out = pascal ? pascal.charAt(0).toLowerCase() + pascal.slice(1) : 'layer';
  return /^[0-9]/.test(out) ? `layer${out}` : out;
}

/** kebab-case, for data attributes and CSS: "iconPosition" -> "icon-position". */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** Hands out unique names: the second "icon" becomes "icon2". */
export class NameRegistry {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(name.toLowerCase());
  }

  take(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

/** A variant value as a string literal key: trims and keeps the designer's text. */
export function variantValue(value: string): string {
  return value.trim();
}
