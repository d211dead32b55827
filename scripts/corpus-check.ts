/**
 * Corpus figures for the check stage: for each screen of ../shared/corpus/screens that has Figma's
 * own render, put the node JSON and the render into a temporary snapshot (so drawings without
 * assets are cropped from it, as for any snapshot with renders), generate the screen, run the
 * checks and print its layout score, pixel mismatch and SSIM against Figma, the Design2Code-style
 * text-block scores (block, text, position, colour), then the means.
 * The corpus snapshots hold no assets, so every drawing is a crop of Figma's own render and matches
 * it by construction: `cropArea` is the share of the screen they cover and `pixelOutsideCrops` the
 * mismatch of the rest. `--placeholders` also generates each screen from a snapshot without the
 * render (drawings left as transparent placeholders) and checks that against the render too
 * (`pixelPlaceholders`): what the pixel figure would be without the crops.
 * Usage: tsx scripts/corpus-check.ts [--keep] [--placeholders] [screen...]
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
import { mismatchOutside } from '../generator/check/compare-images.ts';
import { indexNodes } from '../generator/source/figma-nodes.ts';
import { boundingBox } from '../generator/check/node-geometry.ts';

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

/** A snapshot folder holding the screen's JSON and (unless `withRender` is false) Figma's render of its root. */
async function writeSnapshot(frame: Frame, folder: string, into: string, withRender = true): Promise<string> {
  const design = await readDesign(join(folder, frame.json));
  const root = design.roots[0]!;
  const scale = frame.meta
    ? (JSON.parse(await readFile(join(folder, frame.meta), 'utf8')) as { scale: number }).scale
    : 2;
  const render = renderFileName(root.id);
  await mkdir(join(into, 'renders'), { recursive: true });
  await symlink(join(folder, frame.json), join(into, 'file.json'));
  if (withRender) await symlink(join(folder, frame.png), join(into, render));
  const meta = {
    fileKey: frame.name,
    name: frame.name,
    version: '1',
    lastModified: '',
    fetchedAt: '',
    files: { file: 'file.json' },
    renders: withRender ? { [root.id]: { file: render, scale } } : {},
  };
  await writeFile(join(into, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return into;
}

interface Generated {
  components: Array<{ findings?: Array<{ nodeId: string; kind: string; message: string }> }>;
}

/** A project folder for one run: node_modules linked, an empty config. */
async function projectDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `design-sync-corpus-${name}-`));
  await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'design-sync.config.json'), '{}\n');
  return dir;
}

/** Generates the screen in `dir` from `generateFrom`, then checks it against the design and render in `checkWith`. */
async function generateAndCheck(frame: Frame, dir: string, generateFrom: string, checkWith: string) {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(repo, 'bin', 'design-sync.js'),
      'generate',
      '--cwd',
      dir,
      '--source',
      generateFrom,
      '--deterministic',
      '--json',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => {
    throw new Error(`generate failed for ${frame.name}: ${error.stderr ?? String(error)}`);
  });
  const generateMs = performance.now() - started;
  const generated = JSON.parse(stdout) as Generated;
  const config = await loadConfig({ cwd: dir, env: process.env, overrides: { source: checkWith } });
  const logger = createLogger('silent');
  const design = await readDesign(checkWith);
  const root = design.roots[0]!;
  const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
  const tokensCss = tokens.files.find((f) => f.path === tokensCssPath(config))?.content;
  const results = await runChecks({ config, logger, design, modes: tokens.modes, tokensCss });
  const story = results.components.flatMap((c) => c.stories).find((s) => s.figma?.nodeId === root.id);
  return { generated, generateMs, config, design, root, results, story };
}

async function checkFrame(frame: Frame, keep: boolean, placeholders: boolean) {
  const folder = join(screens, frame.name);
  const dir = await projectDir(frame.name);
  const bareDir = placeholders ? await projectDir(`${frame.name}-placeholders`) : undefined;
  try {
    const source = await writeSnapshot(frame, folder, join(dir, 'snapshot'));
    const { generated, generateMs, config, design, root, results, story } = await generateAndCheck(
      frame,
      dir,
      source,
      source,
    );
    const figma = story?.visual?.figma;
    const similarity = figma
      ? ssim(
          await readFile(join(config.paths.report, figma.expected)),
          await readFile(join(config.paths.report, figma.actual)),
        )
      : undefined;
    const fallbacks = generated.components.flatMap((c) => c.findings ?? []).filter((f) => f.kind === 'asset-fallback');
    const crops = fallbacks.filter((f) => f.message.includes('cropped'));
    // The crops' boxes on the screenshot (device pixels): Figma's own pixels there.
    const nodes = indexNodes(design.roots);
    const origin = boundingBox(root);
    const scale = story?.visual?.scale ?? 1;
    const cropBoxes = crops.flatMap((f) => {
      const node = nodes.get(f.nodeId);
      const b = node ? boundingBox(node) : undefined;
      if (!b || !origin) return [];
      return [
        { x: (b.x - origin.x) * scale, y: (b.y - origin.y) * scale, width: b.width * scale, height: b.height * scale },
      ];
    });
    const outside = figma
      ? mismatchOutside(await readFile(join(config.paths.report, figma.diff)), cropBoxes)
      : undefined;
    let pixelPlaceholders: number | undefined;
    if (bareDir) {
      const bare = await writeSnapshot(frame, folder, join(bareDir, 'snapshot'), false);
      const withRender = await writeSnapshot(frame, folder, join(bareDir, 'snapshot-render'));
      pixelPlaceholders = (await generateAndCheck(frame, bareDir, bare, withRender)).story?.visual?.figma
        ?.mismatchRatio;
    }
    const blocks = story?.layout?.textBlocks;
    return {
      frame: frame.name,
      node: `${root.id} "${root.name}"`,
      layoutScore: story?.layout?.score,
      matched: story?.layout ? `${story.layout.matched}/${story.layout.figmaNodes}` : undefined,
      pixelMismatch: figma?.mismatchRatio,
      ssim: similarity,
      block: blocks?.block,
      text: blocks?.text,
      position: blocks?.position,
      colour: blocks?.colour,
      textBlocks: blocks
        ? `${blocks.matched} paired of ${blocks.figmaBlocks} Figma / ${blocks.domBlocks} DOM`
        : undefined,
      crops: crops.length,
      placeholders: fallbacks.filter((f) => f.message.includes('placeholder')).length,
      cropArea: outside?.coveredRatio,
      pixelOutsideCrops: outside?.mismatchRatio,
      ...(bareDir ? { pixelPlaceholders } : {}),
      sizeMismatch: story?.visual?.figma?.sizeMismatch,
      a11y: results.components.map((c) => c.checks.a11y.summary).join('; '),
      generateMs: Math.round(generateMs),
      checkMs: results.timings.total,
      ...(keep ? { dir, ...(bareDir ? { placeholdersDir: bareDir } : {}) } : {}),
    };
  } finally {
    if (!keep) {
      await rm(dir, { recursive: true, force: true });
      if (bareDir) await rm(bareDir, { recursive: true, force: true });
    }
  }
}

if (!existsSync(screens)) {
  process.stderr.write(`corpus-check: ${screens} not found; nothing to do\n`);
} else {
  const keep = process.argv.includes('--keep');
  const placeholders = process.argv.includes('--placeholders');
  const only = args;
  const rows = [];
  for (const frame of await findFrames()) {
    if (only.length > 0 && !only.includes(frame.name)) continue;
    const figures = await checkFrame(frame, keep, placeholders);
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
      meanBlock: mean(rows.map((r) => r.block)),
      meanText: mean(rows.map((r) => r.text)),
      meanPosition: mean(rows.map((r) => r.position)),
      meanColour: mean(rows.map((r) => r.colour)),
      meanCropArea: mean(rows.map((r) => r.cropArea)),
      meanPixelOutsideCrops: mean(rows.map((r) => r.pixelOutsideCrops)),
      ...(placeholders ? { meanPixelPlaceholders: mean(rows.map((r) => r.pixelPlaceholders)) } : {}),
    })}\n`,
  );
}
