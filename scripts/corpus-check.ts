/**
 * Corpus figures for the check stage: for each screen of ../shared/corpus/screens that has Figma's
 * own render, generate the screen into a temporary project, run the checks and print its layout
 * score and pixel mismatch against Figma. Usage: tsx scripts/corpus-check.ts [--keep]
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runChecks } from '../generator/check/run-checks.ts';
import { loadConfig } from '../generator/core/config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { readDesign } from '../generator/source/load-design.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { tokensCssPath } from '../generator/tokens/tokens-css-path.ts';

const repo = resolve(import.meta.dirname, '..');
const screens = resolve(repo, '..', 'shared', 'corpus', 'screens');

/** Screens with a Figma render: the node JSON, the PNG and its scale. */
const FRAMES = [
  { name: 'meditation_background', json: 'node.document.json', png: 'figma.png', meta: 'figma.json' },
  { name: 'limbo_gist_add_expenses_945', json: 'node.document.json', png: 'figma.png', meta: 'figma.json' },
  { name: 'vincegx-268-3339', json: 'data.json', png: 'screenshot.png', meta: undefined },
];

async function checkFrame(frame: (typeof FRAMES)[number], keep: boolean) {
  const folder = join(screens, frame.name);
  const source = join(folder, frame.json);
  const dir = await mkdtemp(join(tmpdir(), `design-sync-corpus-${frame.name}-`));
  await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'design-sync.config.json'), '{}\n');
  try {
    const started = performance.now();
    await promisify(execFile)(process.execPath, [
      join(repo, 'bin', 'design-sync.js'),
      'generate',
      '--cwd',
      dir,
      '--source',
      source,
      '--deterministic',
      '--silent',
    ]).catch((error: { stderr?: string }) => {
      throw new Error(`generate failed for ${frame.name}: ${error.stderr ?? String(error)}`);
    });
    const generateMs = performance.now() - started;
    const config = await loadConfig({ cwd: dir, env: process.env, overrides: { source } });
    const logger = createLogger('silent');
    const design = await readDesign(source);
    const root = design.roots[0]!;
    const scale = frame.meta
      ? (JSON.parse(await readFile(join(folder, frame.meta), 'utf8')) as { scale: number }).scale
      : 2;
    design.renders[root.id] = { nodeId: root.id, path: join(folder, frame.png), scale };
    const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
    const tokensCss = tokens.files.find((f) => f.path === tokensCssPath(config))?.content;
    const results = await runChecks({ config, logger, design, modes: tokens.modes, tokensCss });
    const story = results.components.flatMap((c) => c.stories).find((s) => s.figma?.nodeId === root.id);
    return {
      frame: frame.name,
      node: `${root.id} "${root.name}"`,
      layoutScore: story?.layout?.score,
      matched: story?.layout ? `${story.layout.matched}/${story.layout.figmaNodes}` : undefined,
      pixelMismatch: story?.visual?.figma?.mismatchRatio,
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
  for (const frame of FRAMES) {
    const figures = await checkFrame(frame, keep);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
}
