/**
 * Invisible and bidirectional control characters make code read differently from how it runs
 * ("Trojan Source"), and invisible tag characters can smuggle instructions. Generated code never
 * needs them, so any occurrence rejects the file.
 */
import type { GateReason } from './types.ts';

// Zero-width and format characters, bidi embeddings/overrides/isolates, invisible operators,
// the Mongolian vowel separator, the BOM (allowed only as a file's first character), and the
// Unicode tag block that renders as nothing.
// eslint-disable-next-line no-misleading-character-class -- combining marks are matched one code point at a time on purpose
const HIDDEN =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function findHiddenUnicode(text: string): GateReason[] {
  const reasons: GateReason[] = [];
  const seenLines = new Set<number>();
  for (const match of text.matchAll(HIDDEN)) {
    const index = match.index;
    if (index === 0 && match[0] === '\uFEFF') continue;
    const line = lineAt(text, index);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    reasons.push({
      rule: 'unicode/hidden',
      message: `invisible or bidirectional control character ${codePoint(match[0])}`,
      line,
    });
  }
  return reasons;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
