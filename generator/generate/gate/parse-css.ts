/**
 * A small CSS reader for generated CSS modules: enough structure (rules, at-rules, declarations
 * with lines) to lint values and catch broken or hostile CSS, without a CSS library.
 */
import { lineAt } from './hidden-unicode.ts';

export interface CssDeclaration {
  /** Lower-case property name (custom properties keep their case). */
  property: string;
  /** Value text without `!important`. */
  value: string;
  line: number;
}

export interface CssPrelude {
  /** Selector text, or the at-rule with its prelude ("@media (min-width: 600px)"). */
  text: string;
  line: number;
}

export interface CssSheet {
  declarations: CssDeclaration[];
  selectors: CssPrelude[];
  atRules: CssPrelude[];
  errors: { message: string; line: number }[];
}

export function parseCss(text: string): CssSheet {
  const sheet: CssSheet = { declarations: [], selectors: [], atRules: [], errors: [] };
  let depth = 0;
  let parens = 0;
  let buffer = '';
  let bufferStart = -1;
  let i = 0;

  const flush = (kind: 'block' | 'statement' | 'end') => {
    const raw = buffer.trim();
    const line = lineAt(text, bufferStart < 0 ? i : bufferStart);
    buffer = '';
    bufferStart = -1;
    if (raw === '') return;
    if (kind === 'block') {
      (raw.startsWith('@') ? sheet.atRules : sheet.selectors).push({ text: raw, line });
    } else if (raw.startsWith('@')) {
      sheet.atRules.push({ text: raw, line });
    } else if (depth === 0) {
      sheet.errors.push({ message: `unexpected text outside a rule: ${JSON.stringify(raw.slice(0, 40))}`, line });
    } else {
      declaration(raw, line);
    }
  };

  const declaration = (raw: string, line: number) => {
    const colon = raw.indexOf(':');
    const property = colon > 0 ? raw.slice(0, colon).trim() : '';
    if (!/^(--[\w-]+|-?[a-zA-Z][\w-]*)$/.test(property)) {
      sheet.errors.push({ message: `expected "property: value", found ${JSON.stringify(raw.slice(0, 40))}`, line });
      return;
    }
    const value = raw
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    sheet.declarations.push({ property: property.startsWith('--') ? property : property.toLowerCase(), value, line });
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) {
        sheet.errors.push({ message: 'unterminated comment', line: lineAt(text, i) });
        return sheet;
      }
      i = end + 2;
      continue;
    }
    if (bufferStart < 0 && !/\s/.test(ch)) bufferStart = i;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(text, i);
      if (end === -1) {
        sheet.errors.push({ message: 'unterminated string', line: lineAt(text, i) });
        return sheet;
      }
      buffer += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === '(') parens++;
    if (ch === ')') parens = Math.max(0, parens - 1);
    if (parens === 0 && ch === '{') {
      flush('block');
      depth++;
    } else if (parens === 0 && ch === ';') {
      flush('statement');
    } else if (parens === 0 && ch === '}') {
      flush('end');
      if (depth === 0) sheet.errors.push({ message: 'unmatched "}"', line: lineAt(text, i) });
      depth = Math.max(0, depth - 1);
    } else {
      buffer += ch;
    }
    i++;
  }
  if (parens > 0) sheet.errors.push({ message: 'unclosed "("', line: lineAt(text, text.length) });
  if (depth > 0) sheet.errors.push({ message: 'unclosed "{"', line: lineAt(text, text.length) });
  else if (buffer.trim() !== '') flush('statement');
  return sheet;
}

/** Index of the closing quote of the string opening at `start`, or -1 (CSS strings end at a newline). */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === quote) return i;
    else if (ch === '\n') return -1;
  }
  return -1;
}
