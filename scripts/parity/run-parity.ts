import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig } from '../../generator/core/resolve-config.ts';
import { createLogger } from '../../generator/core/logger.ts';
import { emptyDesign } from '../../generator/source/design.ts';
import { buildTokens } from '../../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../../generator/tokens/read-token-inputs.ts';
import { compareMode, type ModeParity } from './compare-modes.ts';
import { readCssBlocks, type CssBlock } from './css-blocks.ts';
import { effectiveValues } from './effective-values.ts';
import type { ParitySystem, ParityVariant } from './systems.ts';

/** Runs design-sync's real tokens build on one system variant and compares each mode with the published CSS. */

export interface ModeResult extends ModeParity {
  mode: string;
  /** Our block for this mode is missing, so `:root` alone was compared. */
  oursMissing: boolean;
}

export interface VariantResult {
  system: string;
  pkg: string;
  version: string;
  licence: string;
  layout: string;
  differences?: string;
  /** Set when the build failed: the gap it stands for, else the error's first line. */
  failed?: string;
  /** `design-sync tokens` stops on token errors here (the numbers leave those tokens out): the first line. */
  stopped?: string;
  ms: number;
  tokens: number;
  ourModes: string[];
  warnings: string[];
  modes: ModeResult[];
}

const require = createRequire(import.meta.url);

export function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** `dir` is the package folder (default: the installed package); tests point it at a fixture excerpt. */
export async function runVariant(system: ParitySystem, variant: ParityVariant, dir?: string): Promise<VariantResult> {
  const pkg = dir ?? packageDir(system.pkg);
  const meta = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8').catch(() => '{"version":"excerpt"}')) as {
    version: string;
  };
  const base: VariantResult = {
    system: system.name,
    pkg: system.pkg,
    version: meta.version,
    licence: system.licence,
    layout: variant.layout,
    ...(variant.differences ? { differences: variant.differences } : {}),
    ms: 0,
    tokens: 0,
    ourModes: [],
    warnings: [],
    modes: [],
  };
  const work = await mkdtemp(join(tmpdir(), 'token-parity-'));
  try {
    const files = await variant.sources(pkg, join(work, 'staged'));
    // Messages name files relative to the package, not to this machine's folders.
    const local = (text: string) =>
      text.replace(/(?:\.\.\/)*[^\s(]*?node_modules\/(?:@[^/]+\/)?[^/]+\//g, '').replaceAll(`${work}/`, '');
    const css = await buildCss(files, work, variant.tokensConfig).catch((error: Error) => error);
    if (css instanceof Error) {
      const line = local(css.message.split('\n')[0] ?? '');
      return { ...base, failed: variant.gap ? `${variant.gap} (${line})` : line };
    }
    const published = new Map<string, CssBlock[]>();
    const blocksOf = async (file: string) => {
      const cached = published.get(file);
      if (cached) return cached;
      const blocks = readCssBlocks(await readFile(join(pkg, file), 'utf8'), file);
      published.set(file, blocks);
      return blocks;
    };
    const ours = readCssBlocks(css.text, 'tokens.css');
    for (const mode of system.modes) {
      const theirBlocks: CssBlock[] = [];
      const theirSelectors: string[] = [];
      for (const block of mode.theirs) {
        theirBlocks.push(...(await blocksOf(block.file)));
        theirSelectors.push(...block.selectors);
      }
      const block = mode.ours === undefined ? undefined : css.selectors.get(mode.ours);
      const oursMissing = mode.ours !== undefined && block === undefined;
      const mine = effectiveValues(ours, block ? [':root', block] : [':root']);
      const theirs = effectiveValues(theirBlocks, theirSelectors);
      base.modes.push({ mode: mode.name, oursMissing, ...compareMode(mine, theirs, system.names) });
    }
    return {
      ...base,
      ...(css.stopped ? { stopped: local(css.stopped) } : {}),
      ms: css.ms,
      tokens: css.tokens,
      ourModes: css.modes,
      warnings: css.warnings.map(local),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** design-sync's tokens stage on token files alone, as `design-sync tokens` runs it; tokens.css and the mode selectors out. */
async function buildCss(files: string[], root: string, tokens: Record<string, unknown> = {}) {
  const config = resolveConfig(
    configSchema.parse({ tokens: { ...tokens, sources: ['files'], files } }),
    root,
    undefined,
    {},
    {},
  );
  const input = await readTokenInputs(emptyDesign('token-parity'), config);
  const logger = createLogger('silent');
  // As `design-sync tokens` builds: token errors stop it. Then again leaving those tokens out, for the numbers.
  let stopped: string | undefined;
  let result = await buildTokens(input, config, logger).catch((error: Error) => error);
  if (result instanceof Error) {
    if ((result as { code?: string }).code !== 'tokens/invalid') throw result;
    stopped = result.message.split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ');
    result = await buildTokens(await readTokenInputs(emptyDesign('token-parity'), config), config, logger, {
      keepGoing: true,
    });
  }
  const text = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
  const selectors = new Map(result.stats.modeBlocks.map((b) => [b.mode, b.selector]));
  return {
    text,
    selectors,
    stopped,
    ms: result.stats.ms,
    tokens: result.stats.tokens,
    modes: result.modes,
    warnings: result.warnings,
  };
}
