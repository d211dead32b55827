import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyStewardPlan, type FileProvenance } from '../../generator/handoff/apply-steward-plan.ts';
import { emptyManifest, type Manifest } from '../../generator/handoff/manifest.ts';
import type { PlannedFile } from '../../generator/core/plan.ts';
import { tempDir } from './git-repo.ts';

const generator = { kind: 'deterministic', version: '0.1.0', settings: 'cfg' };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project() {
  const root = tempDir('apply');
  dirs.push(root);
  const file = (rel: string, content: string): PlannedFile => ({
    path: join(root, rel),
    content,
    producer: 'generate/deterministic',
  });
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const apply = (files: PlannedFile[], manifest: Manifest, extra: { dryRun?: boolean; kept?: string[] } = {}) =>
    applyStewardPlan(files, {
      root,
      dryRun: extra.dryRun ?? false,
      manifest,
      baseDir: join(root, '.design-sync/generated'),
      conflictsDir: join(root, '.design-sync/conflicts'),
      allowedDirs: [join(root, 'src'), join(root, 'stories'), join(root, 'tokens')],
      kept: new Set(extra.kept ?? []),
      provenance: (f): FileProvenance => {
        const component = /\/src\/([^/]+)\/[^/]+$/.exec(f.path)?.[1];
        return { ...(component ? { component } : {}), nodeIds: ['1:1'], sourceHash: 'h', tokensHash: 't', generator };
      },
    });
  return { root, file, read, apply };
}

const button = (label: string) =>
  `export function Button() {\n  // header\n  const a = 1;\n  const b = 2;\n  const c = 3;\n  return <button>${label}</button>;\n}\n`;

describe('applyStewardPlan', () => {
  it('creates files, records them in the manifest with a base copy, and then skips them when nothing changed', async () => {
    const p = project();
    const first = await p.apply([p.file('src/Button/Button.tsx', button('Go'))], emptyManifest());
    expect(first.changes.map((c) => c.kind)).toEqual(['create']);
    expect(first.touched).toEqual(['.design-sync/generated/src/Button/Button.tsx', 'src/Button/Button.tsx']);
    expect(p.read('.design-sync/generated/src/Button/Button.tsx')).toBe(button('Go'));
    expect(Object.keys(first.manifest.files)).toEqual(['src/Button/Button.tsx']);
    const again = await p.apply([p.file('src/Button/Button.tsx', button('Go'))], first.manifest);
    expect(again.changes.map((c) => c.kind)).toEqual(['unchanged']);
    expect(again.touched).toEqual([]);
    expect(again.manifest).toEqual(first.manifest);
  });

  it('merges a steward edit cleanly with a design change and marks it merged', async () => {
    const p = project();
    const first = await p.apply([p.file('src/Button/Button.tsx', button('Go'))], emptyManifest());
    writeFileSync(
      join(p.root, 'src/Button/Button.tsx'),
      button('Go').replace('// header', '// header\n  // steward: focus ring'),
    );
    const second = await p.apply([p.file('src/Button/Button.tsx', button('Start'))], first.manifest);
    expect(second.changes[0]).toMatchObject({ kind: 'merged', stewardEdited: true, component: 'Button' });
    expect(p.read('src/Button/Button.tsx')).toBe(
      button('Start').replace('// header', '// header\n  // steward: focus ring'),
    );
    expect(p.read('.design-sync/generated/src/Button/Button.tsx')).toBe(button('Start'));
  });

  it('leaves a conflicting steward edit byte for byte untouched and writes the proposal outside src/', async () => {
    const p = project();
    const first = await p.apply([p.file('src/Button/Button.tsx', button('Go'))], emptyManifest());
    const edited = button('Go!').replace('\n', '\r\n');
    writeFileSync(join(p.root, 'src/Button/Button.tsx'), edited);
    const second = await p.apply([p.file('src/Button/Button.tsx', button('Start'))], first.manifest);
    expect(second.changes[0]).toMatchObject({
      kind: 'conflict',
      proposal: '.design-sync/conflicts/src/Button/Button.tsx',
      stewardEdited: true,
    });
    expect(p.read('src/Button/Button.tsx')).toBe(edited);
    const proposal = p.read('.design-sync/conflicts/src/Button/Button.tsx');
    expect(proposal).toContain('<<<<<<< src/Button/Button.tsx (steward)');
    expect(proposal).toContain('return <button>Start</button>;');
    // The manifest keeps the old generation as the merge base and remembers the proposal as pending.
    const entry = second.manifest.files['src/Button/Button.tsx']!;
    expect(entry.sha256).toBe(first.manifest.files['src/Button/Button.tsx']!.sha256);
    expect(entry.pending).toMatchObject({ sourceHash: 'h', tokensHash: 't' });
    // A re-sync that skips the component still lists the unresolved conflict.
    const skipped = await p.apply([], second.manifest, { kept: ['Button'] });
    expect(skipped.changes).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        note: 'unresolved conflict from an earlier sync',
        proposal: '.design-sync/conflicts/src/Button/Button.tsx',
      }),
    ]);
    expect(skipped.touched).toEqual([]);
    // Once the steward resolves it (takes the design's line), the proposal is cleared.
    writeFileSync(join(p.root, 'src/Button/Button.tsx'), button('Start').replace('\n', '\r\n'));
    const third = await p.apply([p.file('src/Button/Button.tsx', button('Start'))], second.manifest);
    expect(third.changes[0]!.kind).toBe('unchanged');
    expect(third.manifest.files['src/Button/Button.tsx']!.pending).toBeUndefined();
    expect(existsSync(join(p.root, '.design-sync/conflicts/src/Button/Button.tsx'))).toBe(false);
  });

  it('proposes removal of a removed component without deleting its files, and keeps skipped components', async () => {
    const p = project();
    const first = await p.apply(
      [p.file('src/Old/Old.tsx', 'old\n'), p.file('src/Kept/Kept.tsx', 'kept\n')],
      emptyManifest(),
    );
    const second = await p.apply([], first.manifest, { kept: ['Kept'] });
    expect(second.changes).toEqual([
      expect.objectContaining({ path: 'src/Old/Old.tsx', kind: 'remove-proposed', component: 'Old' }),
    ]);
    expect(p.read('src/Old/Old.tsx')).toBe('old\n');
    expect(Object.keys(second.manifest.files).sort()).toEqual(['src/Kept/Kept.tsx', 'src/Old/Old.tsx']);
    // After the steward deletes it, the entry and its base copy go.
    rmSync(join(p.root, 'src/Old'), { recursive: true });
    const third = await p.apply([], second.manifest, { kept: ['Kept'] });
    expect(third.changes).toEqual([]);
    expect(Object.keys(third.manifest.files)).toEqual(['src/Kept/Kept.tsx']);
    expect(existsSync(join(p.root, '.design-sync/generated/src/Old/Old.tsx'))).toBe(false);
  });

  it('rejects a path built from a Figma name that escapes the output folders, before writing anything', async () => {
    const p = project();
    const files = [p.file('src/Good/Good.tsx', 'ok\n'), p.file('src/../../escape.tsx', 'evil\n')];
    await expect(p.apply(files, emptyManifest())).rejects.toMatchObject({ code: 'handoff/path-escape' });
    expect(existsSync(join(p.root, 'src/Good/Good.tsx'))).toBe(false);
    await expect(p.apply([p.file('package.json', '{}')], emptyManifest())).rejects.toMatchObject({
      code: 'handoff/path-escape',
    });
    mkdirSync(join(p.root, 'src'), { recursive: true });
    symlinkSync(tempDir('outside'), join(p.root, 'src/link'));
    await expect(p.apply([p.file('src/link/x.tsx', 'x')], emptyManifest())).rejects.toMatchObject({
      code: 'handoff/path-escape',
    });
  });

  it('writes nothing in a dry run but reports the same changes', async () => {
    const p = project();
    const result = await p.apply([p.file('src/A/A.tsx', 'a\n')], emptyManifest(), { dryRun: true });
    expect(result.changes.map((c) => c.kind)).toEqual(['create']);
    expect(result.touched).toContain('src/A/A.tsx');
    expect(existsSync(join(p.root, 'src'))).toBe(false);
    expect(existsSync(join(p.root, '.design-sync'))).toBe(false);
  });
});

describe('applyStewardPlan with shared files', () => {
  it('keeps shared files of a stage that did not run, and proposes removing those its stage no longer produces', async () => {
    const p = project();
    const shared = (rel: string, content: string, producer: string): PlannedFile => ({
      ...p.file(rel, content),
      producer,
    });
    const first = await p.apply(
      [
        shared('src/index.ts', 'export {};\n', 'generate/index'),
        shared('tokens/old.tokens.json', '{}\n', 'tokens/dtcg'),
      ],
      emptyManifest(),
    );
    const onlyTokens = await p.apply([shared('tokens/new.tokens.json', '{}\n', 'tokens/dtcg')], first.manifest);
    expect(onlyTokens.changes.map((c) => [c.path, c.kind])).toEqual([
      ['tokens/new.tokens.json', 'create'],
      ['tokens/old.tokens.json', 'remove-proposed'],
    ]);
    expect(Object.keys(onlyTokens.manifest.files).sort()).toEqual([
      'src/index.ts',
      'tokens/new.tokens.json',
      'tokens/old.tokens.json',
    ]);
  });
});
