import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../generator/', import.meta.url));

/** What each early stage (and shared domain folder) may import: only folders before it in the pipeline. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  source: ['core'],
  svg: ['core'],
  fonts: ['core', 'source'],
  tokens: ['core', 'source'],
  ir: ['core', 'source', 'tokens', 'fonts', 'svg'],
  generate: ['core', 'source', 'tokens', 'fonts', 'svg', 'ir'],
};

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Folder -> the other generator/ folders its modules import (static, dynamic and type imports). */
function stageImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const stage of Object.keys(ALLOWED)) {
    const targets = new Set<string>();
    for (const file of files(join(GENERATOR, stage))) {
      const text = readFileSync(file, 'utf8');
      // A specifier with a template hole is generated code's import, not this module's.
      for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^'$]+)'/g)) {
        const target = relative(GENERATOR, resolve(dirname(file), match[1]!)).split(/[\\/]/)[0]!;
        if (target !== stage) targets.add(target);
      }
    }
    edges.set(stage, targets);
  }
  return edges;
}

describe('stage imports', () => {
  const edges = stageImports();

  it('point only from a stage to the stages before it (source -> tokens -> ir -> generate)', () => {
    const backwards = [...edges].flatMap(([stage, targets]) =>
      [...targets].filter((t) => !ALLOWED[stage]!.includes(t)).map((t) => `${stage} -> ${t}`),
    );
    expect(backwards).toEqual([]);
  });

  it('are read from the modules themselves (the ir reads Figma JSON through source, generate the ir)', () => {
    expect(edges.get('ir')).toContain('source');
    expect(edges.get('generate')).toContain('ir');
    expect(edges.get('generate')).toContain('svg');
  });
});
