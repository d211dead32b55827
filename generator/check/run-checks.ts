import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { readTextIfExists } from '../core/fs-atomic.ts';
import type { Logger } from '../core/logger.ts';
import { VERSION } from '../core/version.ts';
import type { Design } from '../source/design.ts';
import { fontFaceCss, fontUses, resolveFonts, type FontFace, type ResolvedFonts } from '../fonts/resolve-fonts.ts';
import { systemFontFamilies } from '../fonts/system-fonts.ts';
import { componentFingerprints } from './check-fingerprint.ts';
import type { StoriesRun } from './check-stories.ts';
import { discoverComponents, type DiscoveredComponent } from './discover-components.ts';
import { indexNodes } from '../source/figma-nodes.ts';
import type { Shard } from './shard.ts';
import { selectShard } from './select-shard.ts';
import { worstStatus } from './statuses.ts';
import { summarizeComponent } from './summarize-component.ts';
import { themeModes } from './theme-modes.ts';
import { cacheDir } from '../core/cache-dir.ts';
import type { CheckResults, CheckStage, ComponentCheck, TokenLintResult, TypecheckResult } from './types.ts';
import { tokensCssPath } from '../tokens/tokens-css-path.ts';

/**
 * The check stage (`runChecks`): type-check and token lint of the components, then every story in
 * headless Chromium for axe, layout fidelity, pixel diffs and responsive widths.
 */

export interface RunChecksInput {
  config: ResolvedConfig;
  logger: Logger;
  /** The design, for Figma geometry and renders; without it layout and Figma diffs are skipped. */
  design?: Design | undefined;
  /** Theme modes, default first (the tokens stage's TokensResult.modes); the modes of tokens/build/tokens.css win when it exists. */
  modes?: readonly string[] | undefined;
  /**
   * Names of the components that may have changed. A component of `previous` with a fingerprint
   * keeps its results exactly when its fingerprint is unchanged (check-fingerprint.ts); one without
   * (an older report) keeps them when it is not named here.
   */
  changed?: readonly string[] | undefined;
  /** Components re-checked whatever their fingerprint (`check --only`). */
  recheck?: readonly string[] | undefined;
  previous?: CheckResults | undefined;
  /** The built token CSS text, used when tokens/build/tokens.css has not been written yet. */
  tokensCss?: string | undefined;
  /** Overwrite the approved screenshots with this run's. */
  approve?: boolean | undefined;
  /** false: stories without a baseline get none (a run that must add no files); default true. */
  recordBaselines?: boolean | undefined;
  /** Compare and report, but write no image and no baseline (--dry-run). */
  dryRun?: boolean | undefined;
  /** Type-check of the given files (absolute paths); default: tsc in a child process, beside the browser. */
  typecheck?: ((files: string[]) => Promise<TypecheckResult>) | undefined;
  /** Token lint over the given files (absolute paths); the caller wires the linter in. */
  tokenLint?: ((files: string[]) => Promise<TokenLintResult>) | undefined;
  signal?: AbortSignal | undefined;
  /** Check only this shard's components (`--shard i/n`); the report then covers only them. */
  shard?: Shard | undefined;
}

const since = (start: number) => Math.round(performance.now() - start);

function selectComponents(
  all: DiscoveredComponent[],
  input: RunChecksInput,
  fingerprints: Map<string, string>,
): { check: DiscoveredComponent[]; carried: ComponentCheck[] } {
  if (!input.previous) return { check: all, carried: [] };
  const changed = input.changed ? new Set(input.changed) : undefined;
  const recheck = new Set(input.recheck ?? []);
  const previous = new Map(input.previous.components.map((c) => [c.name, c]));
  const check: DiscoveredComponent[] = [];
  const carried: ComponentCheck[] = [];
  for (const component of all) {
    const before = previous.get(component.name);
    const keep =
      before !== undefined &&
      !recheck.has(component.name) &&
      (before.fingerprint !== undefined
        ? before.fingerprint === fingerprints.get(component.name)
        : changed !== undefined && !changed.has(component.name));
    if (keep) carried.push({ ...before, rechecked: false });
    else check.push(component);
  }
  return { check, carried };
}

/**
 * The modes to check: those of the token CSS that is rendered (on disk when it exists), named as
 * the tokens stage names them when known.
 */
async function resolveModes(input: RunChecksInput, cssPath: string): Promise<string[]> {
  const disk = await readTextIfExists(cssPath);
  if (disk === undefined) {
    if (input.modes?.length) return [...input.modes];
    return input.tokensCss ? themeModes(input.tokensCss) : ['default'];
  }
  const modes = themeModes(disk);
  // A `:root` block of its own has no name in the CSS; the tokens stage knows it.
  const rootName = input.modes?.[0];
  if (modes[0] === 'default' && rootName && !modes.includes(rootName)) modes[0] = rootName;
  return modes;
}

/**
 * The check stage: type-check and token lint of the components' files, and every story in real
 * Chromium (axe per theme mode, layout against the Figma node, pixel diff against Figma's render
 * and the approved baseline, responsive widths). Writes only images and baselines; the report is
 * the caller's.
 */
export async function runChecks(input: RunChecksInput): Promise<CheckResults> {
  const { config, logger } = input;
  const total = performance.now();
  const timings: Partial<Record<CheckStage, number>> = {};
  let stage = performance.now();
  const found = await discoverComponents(config.paths.components, config.paths.stories);
  const discovered = input.shard ? await selectShard(found, input.shard) : found;
  const cssPath = tokensCssPath(config);
  const modes = await resolveModes(input, cssPath);
  const cssOnDisk = await readTextIfExists(cssPath);
  const fonts: ResolvedFonts = resolveFonts(
    fontUses(input.design?.roots ?? []),
    config.root,
    config.fonts,
    systemFontFamilies(),
  );
  const nodes = indexNodes(input.design?.roots ?? []);
  const fingerprints = await componentFingerprints(discovered, {
    root: config.root,
    tokensCss: cssOnDisk ?? input.tokensCss,
    fonts: fonts.imports,
    settings: { check: { ...config.check, concurrency: undefined }, modes, scale: config.figma.renderScale },
    node: (id) => nodes.get(id),
    renderPath: (id) => input.design?.renders[id]?.path,
  });
  const { check, carried } = selectComponents(discovered, input, fingerprints);
  timings.discover = since(stage);
  logger.progress(
    `check: ${check.length} of ${discovered.length} components${input.shard ? ` (shard ${input.shard.index}/${input.shard.count} of ${found.length})` : ''}, modes ${modes.join(', ')}`,
  );

  // Ambient declarations beside the components (css-modules.d.ts) belong to every compile.
  const ambient = (await readdir(config.paths.components).catch(() => [] as string[])).filter((f) =>
    f.endsWith('.d.ts'),
  );
  const files = [
    ...ambient.map((f) => join(config.paths.components, f)),
    ...check.flatMap((c) => c.files).filter((file) => /\.(tsx?|jsx?)$/.test(file)),
  ];
  const typecheckStarted = performance.now();
  // The type-checker, bundler and browser load only when there is something to check: a run that
  // reuses every result (a no-op sync) starts none of them and never loads TypeScript or Playwright.
  const runTypecheck =
    input.typecheck ??
    (async (f: string[]) => (await import('./typecheck.ts')).typecheckFiles(config.root, f, cacheDir(config.root)));
  const typecheck = (
    check.length ? runTypecheck(files) : Promise.resolve<TypecheckResult>({ status: 'skipped', diagnostics: [] })
  ).finally(() => (timings.typecheck = since(typecheckStarted)));
  // Settled here too, so a failure while the browser runs cannot go unhandled.
  typecheck.catch(() => undefined);

  stage = performance.now();
  // Like the type-check, only over components re-checked: none re-checked, nothing to lint (and no linter loaded).
  const lint = check.length ? input.tokenLint : undefined;
  const tokenLint: TokenLintResult | undefined = lint ? await lint(check.flatMap((c) => c.files)) : undefined;
  if (lint) timings.tokenLint = since(stage);

  let stories: StoriesRun | undefined;
  const storyFiles = check.flatMap((c) => (c.storiesFile ? [{ component: c.name, path: c.storiesFile }] : []));
  if (storyFiles.length) {
    stage = performance.now();
    const onDisk = cssOnDisk !== undefined;
    const tokens = onDisk ? { path: cssPath } : input.tokensCss === undefined ? undefined : { css: input.tokensCss };
    if (!onDisk)
      logger.warn(
        `check: ${relative(config.root, cssPath)} does not exist; ${tokens ? 'using the tokens built from the design' : 'stories render without token CSS'}`,
      );
    for (const font of fonts.missing)
      logger.warn(
        `check: font "${font.family}" ${font.weights.join('/')} is not available; text falls back to ${font.fallback} (${font.hint})`,
      );
    // The bundler works in its own process: the browser driver loads and the browser starts meanwhile.
    const { bundleStories } = await import('./bundle-stories.ts');
    const bundling = bundleStories(config.root, storyFiles, tokens, fonts.imports);
    bundling.catch(() => undefined);
    const [{ checkStories }, { launchBrowser }] = await Promise.all([
      import('./check-stories.ts'),
      import('./browser.ts'),
    ]);
    const browser = launchBrowser(config.env.browser);
    browser.catch(() => undefined);
    let bundled: Awaited<typeof bundling>;
    let faces: string | undefined;
    try {
      bundled = await bundling;
      faces = await inlineFontFaces(fonts.faces);
    } catch (error) {
      await browser.then(
        (launched) => launched.browser.close(),
        () => undefined,
      );
      throw error;
    }
    const bundle = faces
      ? { ...bundled, css: `${faces}\n${bundled.css}`, bytes: bundled.bytes + faces.length }
      : bundled;
    timings.bundle = since(stage);
    logger.debug(`check: bundle ${Math.round(bundle.bytes / 1024)} KiB in ${timings.bundle} ms`);
    stories = await checkStories({
      bundle,
      design: input.design,
      nodes,
      browser,
      concurrency: config.check.concurrency,
      context: {
        root: config.root,
        reportDir: config.paths.report,
        baselineDir: config.paths.baselines,
        thresholds: config.check,
        modes,
        scale: config.figma.renderScale,
        approve: input.approve === true,
        recordBaselines: input.recordBaselines !== false,
        dryRun: input.dryRun === true,
      },
      logger,
      signal: input.signal,
    });
    timings.browser = Math.round(stories.timings.browser);
    timings.stories = Math.round(stories.timings.stories);
  }
  const types = await typecheck;

  const rel = (file: string) => relative(config.root, file);
  const components = check.map((component) => {
    const own = new Set(component.files.map(rel));
    const fingerprint = fingerprints.get(component.name);
    const summary = summarizeComponent({
      name: component.name,
      files: [...own],
      generator: component.generator,
      stories: stories?.byComponent.get(component.name) ?? [],
      diagnostics: types.status === 'skipped' ? undefined : types.diagnostics.filter((d) => own.has(d.file)),
      findings: tokenLint?.findings.filter((f) => own.has(f.file)),
    });
    return fingerprint === undefined ? summary : { ...summary, fingerprint };
  });
  const all = [...components, ...carried].sort((a, b) => a.name.localeCompare(b.name));
  const storyCount = all.reduce((n, c) => n + c.stories.length, 0);
  const checkedStories = components.reduce((n, c) => n + c.stories.length, 0);
  const carriedDiagnostics = carried.flatMap((c) => c.checks.typecheck.diagnostics);
  const carriedFindings = carried.flatMap((c) => c.checks.tokenLint.findings);
  timings.total = since(total);
  return {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    status: worstStatus(all.map((c) => c.status)),
    environment: {
      designSync: VERSION,
      browser: stories?.browser ?? input.previous?.environment.browser ?? 'not started',
      modes,
      thresholds: {
        layout: config.check.layout,
        pixelMismatch: config.check.pixelMismatch,
        baselineMismatch: config.check.baselineMismatch,
        axeFailImpact: config.check.axeFailImpact,
      },
    },
    counts: {
      components: all.length,
      stories: storyCount,
      pass: all.filter((c) => c.status === 'pass').length,
      warn: all.filter((c) => c.status === 'warn').length,
      fail: all.filter((c) => c.status === 'fail').length,
      skipped: all.filter((c) => c.status === 'skipped').length,
    },
    typecheck: {
      status: worstStatus([types.status, ...carried.map((c) => c.checks.typecheck.status)]),
      diagnostics: [...types.diagnostics, ...carriedDiagnostics],
    },
    tokenLint: {
      status: worstStatus([tokenLint?.status ?? 'skipped', ...carried.map((c) => c.checks.tokenLint.status)]),
      findings: [...(tokenLint?.findings ?? []), ...carriedFindings],
    },
    components: all,
    // Every result came from the previous run: no browser was started.
    reused: check.length === 0 && carried.length > 0,
    ...(storyFiles.length ? { fonts: { loaded: fonts.loaded, missing: fonts.missing } } : {}),
    timings,
    throughput: {
      stories: checkedStories,
      renders: stories?.renders ?? 0,
      storiesPerSecond: stories && stories.timings.stories > 0 ? checkedStories / (stories.timings.stories / 1000) : 0,
    },
  };
}

/** The config-mapped font files as @font-face rules with the files inlined (the check page is served from memory). */
async function inlineFontFaces(faces: readonly FontFace[]): Promise<string | undefined> {
  if (faces.length === 0) return undefined;
  const data = new Map<string, string>();
  for (const face of faces) data.set(face.path, (await readFile(face.path)).toString('base64'));
  return fontFaceCss(
    faces,
    (face) => `data:font/${extname(face.path).slice(1).toLowerCase()};base64,${data.get(face.path) ?? ''}`,
  );
}
