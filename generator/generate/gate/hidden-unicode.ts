/**
 * Invisible and bidirectional control characters make code read differently from how it runs
 * ("Trojan Source"), and invisible tag characters can smuggle instructions. Generated code never
 * needs them, so any occurrence rejects the file.
 */
import type { GateReason } from './types.ts';

/**
 * Zero-width and format characters, bidi embeddings/overrides/isolates, invisible operators,
 * variation selectors, the Mongolian vowel separator, Hangul fillers, the BOM (allowed only as a
 * file's first character), and the Unicode tag block that renders as nothing.
 */
const HIDDEN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0xe0000, 0xe01ef],
];

export const isHiddenCodePoint = (cp: number): boolean => HIDDEN_RANGES.some(([from, to]) => cp >= from && cp <= to);

const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export function findHiddenUnicode(text: string): GateReason[] {
  const reasons: GateReason[] = [];
  let line = 1;
  let reportedLine = 0;
  let offset = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x0a) line++;
    else if (cp > 0x7e && isHiddenCodePoint(cp) && !(offset === 0 && cp === 0xfeff) && reportedLine !== line) {
      reportedLine = line;
      reasons.push({
        rule: 'unicode/hidden',
        message: `invisible or bidirectional control character ${codePoint(cp)}`,
        line,
      });
    }
    offset += char.length;
  }
  return reasons;
}
/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
