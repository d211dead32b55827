import { z } from 'zod';

/**
 * The design-sync.config.json zod schema: every key, its type, its one default and its description
 * (design-sync.schema.json is generated from it).
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
    .prefault({}),
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
    .prefault({}),
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
      unitlessDimensions: z
        .enum(['px', 'rem'])
        .default('px')
        .describe(
          'Unit of a dimension written as a bare number in a token file (a Tokens Studio spacing of 8 is 8px).',
        ),
      jsonComments: z
        .boolean()
        .default(false)
        .describe(
          'Read .json token files as JSONC: comments and trailing commas allowed (.jsonc and .json5 always are).',
        ),
      pxToRem: z
        .union([z.literal(false), z.number().positive()])
        .default(false)
        .describe(
          "Write px dimension tokens as rem in the CSS, at this many px per rem (16 is the browser default), as Style Dictionary's size/pxToRem does; false keeps px. The DTCG files keep the value as written.",
        ),
      colorAlphaKey: z
        .string()
        .regex(/^[^$]/, 'a key without $')
        .optional()
        .describe(
          "A key beside a colour token's $value (and beside `color` in a shadow value) giving its alpha, 0-1, applied after aliases resolve (Primer writes `alpha`); null there (and 1 on a colour token) keeps the colour's own alpha; a mode value in modeExtensions keeps the token's alpha unless it gives its own. Unset: no such key is read.",
        ),
      colorTolerance: z.number().min(0).default(2).describe('Colour tolerance (CIEDE2000) for nearest-token matches.'),
      dimensionTolerance: z.number().min(0).default(1).describe('Dimension tolerance in px for nearest-token matches.'),
      themes: z
        .strictObject({
          attributes: z
            .record(z.string(), z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'an HTML attribute name'))
            .default({})
            .describe(
              'Per theme dimension (Tokens Studio theme group or resolver modifier, by name): the HTML attribute selecting its modes; default data-<name in kebab case>.',
            ),
          defaults: z
            .record(z.string(), z.string())
            .default({})
            .describe(
              "Per theme dimension: the mode written in :root; default the group's first theme, or the modifier's default.",
            ),
          sets: z
            .record(z.string().min(1), z.record(z.string().min(1), z.array(z.string().min(1))))
            .default({})
            .describe(
              'For token sources without $themes or a resolver: per theme dimension, per mode, the token sets only that mode uses (Tokens Studio set names, or token file paths without extension: inside a configured folder relative to it, else relative to the project). * matches within a name segment, ** across segments ("color-scheme-dark/**"). Sets no mode names are in every mode; later sets win. The first mode is the default unless defaults says otherwise.',
            ),
          modeExtensions: z
            .array(z.string().min(1))
            .default([])
            .describe(
              'Keys under a token\'s $extensions whose object gives its value per mode name ({"dark": "{base.color.neutral.1}"}), used in that mode of a theme dimension instead of $value (Primer: "org.primer.overrides").',
            ),
        })
        .prefault({})
        .describe(
          'Tokens Studio themes, DTCG resolver modifiers and configured set-to-mode maps: one mode dimension each.',
        ),
    })
    .prefault({}),
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
        .prefault({}),
      semantics: z
        .record(z.string(), z.string())
        .default({})
        .describe(
          'Semantic role overrides by component name: button, link, input, checkbox, switch, heading, image, icon, list.',
        ),
    })
    .prefault({}),
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
    .prefault({}),
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
    .prefault({}),
});

export type ConfigFile = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
