import { readFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { z } from 'zod';
import { configError } from './errors.ts';

/**
 * The design-sync.config.json zod schema, and its loading and resolution into `ResolvedConfig`
 * (absolute paths, environment values).
 */

/** Fail/warn thresholds of one numeric check. */
const threshold = (fail: number, warn: number) =>
  z.strictObject({ fail: z.number().min(0), warn: z.number().min(0) }).default({ fail, warn });

/** The design-sync.config.json schema. Every key is optional; defaults make the bundled sample run. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  figma: z
    .strictObject({
      file: z.string().min(1).optional().describe('Figma file key or a figma.com/design/... URL.'),
      pages: z.array(z.string()).default([]).describe('Page names to take; empty takes every page.'),
      frames: z
        .array(z.string())
        .default([])
        .describe('Top-level frames (names or node ids) to generate as components, besides component sets.'),
      components: z
        .array(z.string())
        .default([])
        .describe('Component sets / components (names or ids) to take; empty takes all.'),
      renderScale: z
        .number()
        .min(0.5)
        .max(4)
        .default(2)
        .describe('Render scale for Figma PNG renders used as visual ground truth.'),
      maxRetryAfterSeconds: z
        .number()
        .int()
        .min(0)
        .default(120)
        .describe('Longest Retry-After (seconds) worth waiting for; longer waits fail at once.'),
      timeoutMs: z.number().int().min(100).default(30_000).describe('Request timeout in milliseconds.'),
    })
    .default({ pages: [], frames: [], components: [], renderScale: 2, maxRetryAfterSeconds: 120, timeoutMs: 30_000 }),
  snapshotDir: z
    .string()
    .default('.design-sync/snapshots')
    .describe('Folder holding snapshots, one subfolder per Figma file.'),
  source: z
    .string()
    .optional()
    .describe("Snapshot folder or single Figma JSON file read instead of the configured file's snapshot."),
  fonts: z
    .record(
      z.string().min(1),
      z.union([
        z
          .string()
          .regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/, 'expected an @fontsource/<name> package')
          .describe('An installed @fontsource package whose files draw the family.'),
        z.strictObject({
          files: z
            .record(z.string().regex(/^[1-9]00$/, 'expected a weight 100-900'), z.string().min(1))
            .describe('Font files by weight ("400": "fonts/Brand-Regular.woff2"), relative to the project root.'),
        }),
      ]),
    )
    .default({})
    .describe(
      'Figma font family -> the font files or @fontsource package that draw it, for families without a package of their own name.',
    ),
  output: z
    .strictObject({
      tokens: z.string().default('tokens'),
      components: z.string().default('src'),
      stories: z.string().default('stories'),
      report: z.string().default('.design-sync/report'),
    })
    .default({ tokens: 'tokens', components: 'src', stories: 'stories', report: '.design-sync/report' }),
  tokens: z
    .strictObject({
      sources: z
        .array(z.enum(['figma-variables', 'figma-styles', 'files']))
        .default(['figma-variables', 'figma-styles', 'files'])
        .describe('Where tokens come from, merged in this order.'),
      files: z
        .array(z.string())
        .default([])
        .describe('Token files (DTCG or Tokens Studio) to read besides Figma, relative to the project.'),
      modeSelector: z
        .string()
        .default('[data-theme="{mode}"]')
        .describe("CSS selector pattern for non-default modes; {mode} is replaced by the mode's slug."),
      colorTolerance: z.number().min(0).default(2).describe('Colour tolerance (CIEDE2000) for nearest-token matches.'),
      dimensionTolerance: z.number().min(0).default(1).describe('Dimension tolerance in px for nearest-token matches.'),
    })
    .default({
      sources: ['figma-variables', 'figma-styles', 'files'],
      files: [],
      modeSelector: '[data-theme="{mode}"]',
      colorTolerance: 2,
      dimensionTolerance: 1,
    }),
  generator: z
    .strictObject({
      kind: z
        .enum(['auto', 'deterministic', 'model'])
        .default('auto')
        .describe('auto: the model when OPENAI_API_KEY or OPENAI_BASE_URL is set, else deterministic.'),
      model: z.string().default('gpt-4.1-mini'),
      maxRepairRounds: z.number().int().min(0).max(10).default(2),
      concurrency: z.number().int().min(1).max(32).default(4),
      maxOutputTokens: z.number().int().min(256).default(8000),
      timeoutMs: z.number().int().min(1000).default(120_000),
      maxCost: z.number().min(0).optional().describe("Stop before a run's estimated model cost passes this (USD)."),
      /** USD per million tokens. */
      prices: z
        .strictObject({ input: z.number().min(0).default(0.4), output: z.number().min(0).default(1.6) })
        .default({ input: 0.4, output: 1.6 }),
      semantics: z
        .record(z.string(), z.string())
        .default({})
        .describe(
          'Semantic role overrides by component name: button, link, input, checkbox, switch, heading, image, icon, list.',
        ),
    })
    .default({
      kind: 'auto',
      model: 'gpt-4.1-mini',
      maxRepairRounds: 2,
      concurrency: 4,
      maxOutputTokens: 8000,
      timeoutMs: 120_000,
      prices: { input: 0.4, output: 1.6 },
      semantics: {},
    }),
  check: z
    .strictObject({
      layout: threshold(0.5, 0.8).describe('Layout fidelity: mean IoU below fail fails the run, below warn warns.'),
      pixelMismatch: threshold(0.35, 0.15).describe('Pixel mismatch ratio against the Figma render.'),
      baselineMismatch: threshold(0.02, 0.001).describe('Pixel mismatch ratio against the approved baseline.'),
      axeFailImpact: z
        .enum(['minor', 'moderate', 'serious', 'critical'])
        .default('serious')
        .describe('Lowest axe impact that fails the run.'),
      responsiveWidths: z
        .array(z.number().int().min(50))
        .default([320, 768, 1280])
        .describe('Widths (px) at which FILL-sized components are rendered.'),
      concurrency: z.number().int().min(1).max(16).default(4).describe('Pages checked in parallel in the one browser.'),
      baselineDir: z.string().default('.design-sync/baselines').describe('Approved screenshots live here.'),
    })
    .default({
      layout: { fail: 0.5, warn: 0.8 },
      pixelMismatch: { fail: 0.35, warn: 0.15 },
      baselineMismatch: { fail: 0.02, warn: 0.001 },
      axeFailImpact: 'serious',
      responsiveWidths: [320, 768, 1280],
      concurrency: 4,
      baselineDir: '.design-sync/baselines',
    }),
  handoff: z
    .strictObject({
      branchPrefix: z.string().default('design-sync/'),
      baseBranch: z.string().default('main'),
      pullRequest: z
        .boolean()
        .default(true)
        .describe('Commit on a branch and open a pull request when GITHUB_TOKEN and a GitHub remote exist.'),
      conflictsDir: z
        .string()
        .default('.design-sync/conflicts')
        .describe('Folder (outside src/) for merge proposals a steward must resolve.'),
      manifest: z.string().default('design-sync.lock.json'),
    })
    .default({
      branchPrefix: 'design-sync/',
      baseBranch: 'main',
      pullRequest: true,
      conflictsDir: '.design-sync/conflicts',
      manifest: 'design-sync.lock.json',
    }),
});

export type ConfigFile = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;

/** The resolved config every stage receives: defaults applied, paths absolute, secrets from the environment. */
export interface ResolvedConfig extends ParsedConfig {
  root: string;
  configPath: string | undefined;
  paths: {
    snapshotDir: string;
    source: string | undefined;
    tokens: string;
    components: string;
    stories: string;
    report: string;
    baselines: string;
    conflicts: string;
    manifest: string;
  };
  env: {
    figmaToken: string | undefined;
    figmaApiUrl: string;
    openaiApiKey: string | undefined;
    openaiBaseUrl: string | undefined;
    githubToken: string | undefined;
    githubApiUrl: string;
    browser: string | undefined;
  };
}

export const CONFIG_FILE = 'design-sync.config.json';

/** Flags that override config keys (the highest precedence). */
export interface ConfigOverrides {
  file?: string | undefined;
  source?: string | undefined;
  model?: string | undefined;
  generator?: 'auto' | 'deterministic' | 'model' | undefined;
  maxCost?: number | undefined;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`;
}

/** Parses config JSON text; errors name the file and the key. */
export function parseConfig(text: string, where: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw configError('config/json', `${where} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Fix the JSON syntax, or run `design-sync init` to write a fresh config.',
    });
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw configError('config/invalid', `${where}: ${first ? formatIssue(first) : 'invalid'}${more}`, {
      hint: 'See README "Config" for the keys and their types; design-sync.schema.json gives editors completion.',
    });
  }
  return result.data;
}

export interface LoadConfigOptions {
  cwd: string;
  configPath?: string | undefined;
  env?: NodeJS.ProcessEnv;
  overrides?: ConfigOverrides;
}

/** Loads and resolves config. Precedence: flags > environment > config file > defaults. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const env = options.env ?? process.env;
  const explicit = options.configPath !== undefined;
  const configPath = resolve(options.cwd, options.configPath ?? CONFIG_FILE);
  let text: string | undefined;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (explicit) {
      throw configError('config/missing', `config file not found: ${configPath}`, {
        hint: 'Check the --config path, or run `design-sync init` to create one.',
      });
    }
  }
  const parsed = text === undefined ? configSchema.parse({}) : parseConfig(text, configPath);
  const root = text === undefined ? resolve(options.cwd) : dirname(configPath);
  return resolveConfig(parsed, root, text === undefined ? undefined : configPath, env, options.overrides ?? {});
}

export function resolveConfig(
  parsed: ParsedConfig,
  root: string,
  configPath: string | undefined,
  env: NodeJS.ProcessEnv,
  overrides: ConfigOverrides,
): ResolvedConfig {
  const figmaFile = overrides.file || env.FIGMA_FILE || parsed.figma.file;
  const model = overrides.model || env.DESIGN_SYNC_MODEL || parsed.generator.model;
  const kind = overrides.generator ?? parsed.generator.kind;
  const source = overrides.source || env.DESIGN_SYNC_SOURCE || parsed.source;
  const maxCost = overrides.maxCost ?? parsed.generator.maxCost;
  const at = (p: string) => resolve(root, p);
  const config: ResolvedConfig = {
    ...parsed,
    figma: { ...parsed.figma, ...(figmaFile === undefined ? {} : { file: figmaFile }) },
    generator: { ...parsed.generator, model, kind, ...(maxCost === undefined ? {} : { maxCost }) },
    ...(source === undefined ? {} : { source }),
    root,
    configPath,
    paths: {
      snapshotDir: at(parsed.snapshotDir),
      source: source === undefined ? undefined : at(source),
      tokens: at(parsed.output.tokens),
      components: at(parsed.output.components),
      stories: at(parsed.output.stories),
      report: at(parsed.output.report),
      baselines: at(parsed.check.baselineDir),
      conflicts: at(parsed.handoff.conflictsDir),
      manifest: at(parsed.handoff.manifest),
    },
    env: {
      figmaToken: env.FIGMA_TOKEN || undefined,
      figmaApiUrl: (env.FIGMA_API_URL || 'https://api.figma.com').replace(/\/+$/, ''),
      openaiApiKey: env.OPENAI_API_KEY || undefined,
      openaiBaseUrl: env.OPENAI_BASE_URL || undefined,
      githubToken: env.GITHUB_TOKEN || undefined,
      githubApiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      browser: env.DESIGN_SYNC_BROWSER || env.CHROMIUM_PATH || undefined,
    },
  };
  return config;
}
