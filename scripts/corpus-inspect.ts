// Runs inspect over every JSON file of the shared corpus (figma/, screens/, tokens/noahwaldner-variables)
// and prints what it found per file: `npx tsx scripts/corpus-inspect.ts [corpus dir] [--json]`.
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isDesignSyncError } from '../generator/core/errors.ts';
import { inspectDesign, type InspectReport } from '../generator/source/inspect-design.ts';
import { readDesign } from '../generator/source/load-design.ts';

export const CORPUS_FOLDERS = ['figma', 'screens', 'tokens/noahwaldner-variables'];

export interface CorpusRow {
  file: string;
  outcome: 'read' | 'input-error' | 'crash';
  ms: number;
  report?: InspectReport;
  error?: string;
}

export async function corpusJsonFiles(corpus: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of CORPUS_FOLDERS) {
    for (const entry of await readdir(join(corpus, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.json')) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

export async function inspectCorpus(corpus: string): Promise<CorpusRow[]> {
  const rows: CorpusRow[] = [];
  for (const path of await corpusJsonFiles(corpus)) {
    const file = relative(corpus, path);
    const started = performance.now();
    try {
      const report = inspectDesign(await readDesign(path));
      rows.push({ file, outcome: 'read', ms: Math.round(performance.now() - started), report });
    } catch (error) {
      const outcome = isDesignSyncError(error) && error.kind === 'input' ? 'input-error' : 'crash';
      rows.push({
        file,
        outcome,
        ms: Math.round(performance.now() - started),
        error: (error as Error).message.replace(path, file),
      });
    }
  }
  return rows;
}

function line(row: CorpusRow): string {
  if (!row.report) return `${row.file}\n    ${row.outcome}: ${row.error}`;
  const { counts: c, styles, variables } = row.report;
  const parts = [
    row.report.shape,
    `${c.nodes} nodes`,
    c.pages ? `${c.pages} pages` : '',
    c.frames ? `${c.frames} frames` : '',
    c.componentSets ? `${c.componentSets} sets/${c.variants} variants` : '',
    c.components ? `${c.components} components` : '',
    c.instances ? `${c.instances} instances` : '',
    c.autoLayout ? `${c.autoLayout} auto-layout` : '',
    c.boundVariables ? `${c.boundVariables} bindings (${c.referencedVariables} vars)` : '',
    styles.total ? `${styles.total} styles` : '',
    variables ? `${variables.total} variables/${variables.collections.length} collections` : '',
    row.report.warnings.length ? `${row.report.warnings.length} warnings` : '',
    `${row.ms} ms`,
  ];
  return `${row.file}\n    ${parts.filter(Boolean).join(', ')}`;
}

if (process.argv[1]?.endsWith('corpus-inspect.ts')) {
  const args = process.argv.slice(2);
  const corpus = resolve(
    args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'),
  );
  const rows = await inspectCorpus(corpus);
  if (args.includes('--json'))
    process.stdout.write(
      `${JSON.stringify(
        rows.map(({ report, ...rest }) => ({ ...rest, counts: report?.counts })),
        null,
        2,
      )}\n`,
    );
  else {
    process.stdout.write(`${rows.map(line).join('\n')}\n`);
    const tally = (o: CorpusRow['outcome']) => rows.filter((r) => r.outcome === o).length;
    process.stdout.write(
      `\n${rows.length} files: ${tally('read')} read, ${tally('input-error')} input errors (not Figma responses), ${tally('crash')} crashes\n`,
    );
  }
  process.exitCode = rows.some((r) => r.outcome === 'crash') ? 1 : 0;
}
