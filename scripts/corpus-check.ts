/**
 * Corpus figures for the check stage: for each screen of ../shared/corpus/screens that has Figma's
 * own render, put the node JSON and the render into a temporary snapshot (so drawings without
 * assets are cropped from it, as for any snapshot with renders), generate the screen, run the
 * checks and print its layout score, pixel mismatch and SSIM against Figma, then the means.
 * Usage: tsx scripts/corpus-check.ts [--keep] [screen...]
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runChecks } from '../generator/check/run-checks.ts';
import { loadConfig } from '../generator/core/load-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { readDesign } from '../generator/source/load-design.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { tokensCssPath } from '../generator/tokens/tokens-css-path.ts';
import { ssim } from '../generator/check/ssim.ts';
import { renderFileName } from '../generator/source/snapshot.ts';

const repo = resolve(import.meta.dirname, '..');
// `npm run corpus` passes the corpus folder first; other plain arguments name screens to check.
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpusArg = args[0] !== undefined && existsSync(join(resolve(args[0]), 'screens')) ? args.shift() : undefined;
const screens = resolve(corpusArg ?? join(repo, '..', 'shared', 'corpus'), 'screens');

interface Frame {
  name: string;
  json: string;
  png: string;
  meta: string | undefined;
}

/** Screens with a Figma render: the node JSON, the PNG and its scale (figma.json, else 2). */
async function findFrames(): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (const name of (await readdir(screens)).sort()) {
    const folder = join(screens, name);
    if (existsSync(join(folder, 'figma.png')) && existsSync(join(folder, 'node.document.json')))
      frames.push({ name, json: 'node.document.json', png: 'figma.png', meta: 'figma.json' });
    else if (existsSync(join(folder, 'screenshot.png')) && existsSync(join(folder, 'data.json')))
      frames.push({ name, json: 'data.json', png: 'screenshot.png', meta: undefined });
  }
  return frames;
}

/** A snapshot folder holding the screen's JSON and Figma's render of its root. */
async function writeSnapshot(frame: Frame, folder: string, into: string): Promise<string> {
  const design = await readDesign(join(folder, frame.json));
  const root = design.roots[0]!;
  const scale = frame.meta
    ? (JSON.parse(await readFile(join(folder, frame.meta), 'utf8')) as { scale: number }).scale
    : 2;
  const render = renderFileName(root.id);
  await mkdir(join(into, 'renders'), { recursive: true });
  await symlink(join(folder, frame.json), join(into, 'file.json'));
  await symlink(join(folder, frame.png), join(into, render));
  const meta = {
    fileKey: frame.name,
    name: frame.name,
    version: '1',
    lastModified: '',
    fetchedAt: '',
    files: { file: 'file.json' },
    renders: { [root.id]: { file: render, scale } },
  };
  await writeFile(join(into, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return into;
}

async function checkFrame(frame: Frame, keep: boolean) {
  const folder = join(screens, frame.name);
  const dir = await mkdtemp(join(tmpdir(), `design-sync-corpus-${frame.name}-`));
  await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'design-sync.config.json'), '{}\n');
  try {
    const source = await writeSnapshot(frame, folder, join(dir, 'snapshot'));
    const started = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repo, 'bin', 'design-sync.js'), 'generate', '--cwd', dir, '--source', source, '--deterministic', '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stderr?: string }) => {
      throw new Error(`generate failed for ${frame.name}: ${error.stderr ?? String(error)}`);
    });
    const generateMs = performance.now() - started;
    const generated = JSON.parse(stdout) as {
      components: Array<{ findings?: Array<{ kind: string; message: string }> }>;
    };
    const config = await loadConfig({ cwd: dir, env: process.env, overrides: { source } });
    const logger = createLogger('silent');
    const design = await readDesign(source);
    const root = design.roots[0]!;
    const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
    const tokensCss = tokens.files.find((f) => f.path === tokensCssPath(config))?.content;
    const results = await runChecks({ config, logger, design, modes: tokens.modes, tokensCss });
    const story = results.components.flatMap((c) => c.stories).find((s) => s.figma?.nodeId === root.id);
    const figma = story?.visual?.figma;
    const similarity = figma
      ? ssim(
          await readFile(join(config.paths.report, figma.expected)),
          await readFile(join(config.paths.report, figma.actual)),
        )
      : undefined;
    const fallbacks = generated.components.flatMap((c) => c.findings ?? []).filter((f) => f.kind === 'asset-fallback');
    return {
      frame: frame.name,
      node: `${root.id} "${root.name}"`,
      layoutScore: story?.layout?.score,
      matched: story?.layout ? `${story.layout.matched}/${story.layout.figmaNodes}` : undefined,
      pixelMismatch: figma?.mismatchRatio,
      ssim: similarity,
      crops: fallbacks.filter((f) => f.message.includes('cropped')).length,
      placeholders: fallbacks.filter((f) => f.message.includes('placeholder')).length,
      sizeMismatch: story?.visual?.figma?.sizeMismatch,
      a11y: results.components.map((c) => c.checks.a11y.summary).join('; '),
      generateMs: Math.round(generateMs),
      checkMs: results.timings.total,
      ...(keep ? { dir } : {}),
    };
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

if (!existsSync(screens)) {
  process.stderr.write(`corpus-check: ${screens} not found; nothing to do\n`);
} else {
  const keep = process.argv.includes('--keep');
  const only = args;
  const rows = [];
  for (const frame of await findFrames()) {
    if (only.length > 0 && !only.includes(frame.name)) continue;
    const figures = await checkFrame(frame, keep);
    rows.push(figures);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
  const mean = (values: Array<number | undefined>) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0) / known.length;
  };
  process.stdout.write(
    `${JSON.stringify({
      screens: rows.length,
      meanPixelMismatch: mean(rows.map((r) => r.pixelMismatch)),
      maxPixelMismatch: Math.max(...rows.map((r) => r.pixelMismatch ?? 0)),
      meanSsim: mean(rows.map((r) => r.ssim)),
      meanLayout: mean(rows.map((r) => r.layoutScore)),
    })}\n`,
  );
}
