import { execFileSync } from 'node:child_process';

/**
 * The font families installed on this machine (fontconfig's `fc-list`), lower-cased: a family the
 * browser finds by itself needs no package and is not missing. Empty where fontconfig is absent.
 */
let cached: ReadonlySet<string> | undefined;

export function systemFontFamilies(): ReadonlySet<string> {
  cached ??= readFamilies();
  return cached;
}

function readFamilies(): ReadonlySet<string> {
  try {
    const text = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return parseFcList(text);
  } catch {
    return new Set();
  }
}

/** `fc-list : family` prints one face per line, aliases comma-separated ("DejaVu Sans,DejaVu Sans Condensed"). */
export function parseFcList(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const line of text.split('\n'))
    for (const name of line.split(',')) {
      const family = name.replaceAll('\\', '').trim().toLowerCase();
      if (family) out.add(family);
    }
  return out;
}
