import type { DraftToken } from './token-model.ts';
import { DEFAULT_MODE, parseTokenDocument } from './parse-token-document.ts';
import { toCssValue } from './to-css-value.ts';
import { naturalCompare } from './token-names.ts';

/**
 * Diffs committed and newly built token files token by token (added, changed, removed) and renders
 * the diff for the pull request.
 */

export interface DiffToken {
  path: string;
  type: string;
  /** Default-mode value as CSS, for reading. */
  value: string;
  file: string;
}

export interface TokenDiff {
  added: DiffToken[];
  removed: DiffToken[];
  changed: { path: string; file: string; before: string; after: string; modes: string[] }[];
  /** Same Figma variable id, different path. */
  renamed: { from: string; to: string; variableId: string; valueChanged: boolean }[];
}

interface Flat {
  token: DraftToken;
  file: string;
  modes: Record<string, string>;
  display: string;
}

/** Token files by name (e.g. "color.tokens.json") -> their JSON text; committed vs newly built. */
export function diffTokenFiles(before: Record<string, string>, after: Record<string, string>): TokenDiff {
  const old = flatten(before);
  const next = flatten(after);
  const diff: TokenDiff = { added: [], removed: [], changed: [], renamed: [] };
  const oldById = new Map<string, Flat>();
  for (const entry of old.values()) if (entry.token.variableId) oldById.set(entry.token.variableId, entry);
  const renamedFrom = new Set<string>();
  for (const [path, entry] of next) {
    const previous = old.get(path);
    if (previous) {
      const modes = [...new Set([...Object.keys(previous.modes), ...Object.keys(entry.modes)])].filter(
        (mode) => previous.modes[mode] !== entry.modes[mode],
      );
      if (modes.length > 0 || previous.token.type !== entry.token.type) {
        diff.changed.push({ path, file: entry.file, before: previous.display, after: entry.display, modes });
      }
      continue;
    }
    const id = entry.token.variableId;
    const moved = id === undefined ? undefined : oldById.get(id);
    if (moved && !next.has(moved.token.path.join('.'))) {
      renamedFrom.add(moved.token.path.join('.'));
      diff.renamed.push({
        from: moved.token.path.join('.'),
        to: path,
        variableId: id as string,
        valueChanged: JSON.stringify(moved.modes) !== JSON.stringify(entry.modes),
      });
      continue;
    }
    diff.added.push({ path, type: entry.token.type, value: entry.display, file: entry.file });
  }
  for (const [path, entry] of old) {
    if (!next.has(path) && !renamedFrom.has(path))
      diff.removed.push({ path, type: entry.token.type, value: entry.display, file: entry.file });
  }
  const byPath = (a: { path?: string; to?: string }, b: { path?: string; to?: string }) =>
    naturalCompare(a.path ?? a.to ?? '', b.path ?? b.to ?? '');
  diff.added.sort(byPath);
  diff.removed.sort(byPath);
  diff.changed.sort(byPath);
  diff.renamed.sort(byPath);
  return diff;
}

function flatten(files: Record<string, string>): Map<string, Flat> {
  const out = new Map<string, Flat>();
  for (const [file, text] of Object.entries(files)) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      continue; // an unreadable committed file shows up as all-added, which is what it is
    }
    for (const group of parseTokenDocument(doc, file, file).groups) {
      for (const token of group.tokens) {
        const modes: Record<string, string> = {};
        for (const [mode, value] of Object.entries(token.values))
          modes[mode === DEFAULT_MODE ? (group.modes?.[0] ?? 'default') : mode] = JSON.stringify(value);
        const first = token.values[DEFAULT_MODE];
        out.set(token.path.join('.'), {
          token,
          file,
          modes,
          display: first === undefined ? '' : toCssValue(first, token.type),
        });
      }
    }
  }
  return out;
}

export function diffCounts(diff: TokenDiff): string {
  return `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.renamed.length} renamed`;
}

export function isEmptyDiff(diff: TokenDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.renamed.length === 0;
}

/** The token section of the PR body. */
export function renderTokenDiffMarkdown(diff: TokenDiff, limit = 50): string {
  if (isEmptyDiff(diff)) return '### Tokens\n\nNo token changes.\n';
  const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
  const lines = ['### Tokens', '', diffCounts(diff), ''];
  const section = (title: string, header: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(
      `#### ${title} (${rows.length})`,
      '',
      header,
      `|${header
        .split('|')
        .slice(1, -1)
        .map(() => '---')
        .join('|')}|`,
      ...rows.slice(0, limit),
    );
    if (rows.length > limit) lines.push('', `…and ${rows.length - limit} more (see \`design-sync tokens --json\`).`);
    lines.push('');
  };
  section(
    'Changed',
    '| token | before | after |',
    diff.changed.map(
      (c) =>
        `| ${code(c.path)} | ${code(c.before)} | ${code(c.after)}${c.modes.filter(Boolean).length ? ` (modes: ${c.modes.filter(Boolean).join(', ')})` : ''} |`,
    ),
  );
  section(
    'Renamed',
    '| from | to | value changed |',
    diff.renamed.map((r) => `| ${code(r.from)} | ${code(r.to)} | ${r.valueChanged ? 'yes' : 'no'} |`),
  );
  section(
    'Added',
    '| token | type | value |',
    diff.added.map((a) => `| ${code(a.path)} | ${a.type} | ${code(a.value)} |`),
  );
  section(
    'Removed',
    '| token | type | value |',
    diff.removed.map((r) => `| ${code(r.path)} | ${r.type} | ${code(r.value)} |`),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
