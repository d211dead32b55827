import { relative, isAbsolute } from 'node:path';
import type { FileChange } from '../core/plan.ts';
import type { GeneratorInfo } from '../generate/generator.ts';
import type { CheckResults, CheckStatus } from '../check/types.ts';
import {
  REPORT_SCHEMA_VERSION,
  type ComponentChange,
  type GeneratorSummary,
  type Report,
  type ReportComponent,
  type ReportFile,
  type TokenChange,
} from './report-schema.ts';
import { figmaFileUrl, figmaNodeUrl } from '../source/figma-url.ts';
import { toPosix } from '../core/posix-path.ts';

/**
 * Builds report.json's content (`buildReport`) from the stages' results; pure, so the same input
 * gives the same report.
 */

/** One component of the run, as the pipeline knows it before and after generation. */
export interface ReportComponentInput {
  name: string;
  nodeId?: string;
  change: ComponentChange;
  reason?: string;
  generator?: GeneratorInfo;
  /** The component's files (absolute or relative to the root); files under `<components>/<Name>/` and `<Name>.stories.*` are found without it. */
  files?: string[];
  /** A steward edit was kept or merged (handoff knows it even when no file conflicted). */
  stewardEdited?: boolean;
  /** The ir's design findings; the report keeps the invisible and asset-fallback ones. */
  findings?: Array<{ nodeId: string; kind: string; message: string }>;
}

export interface ReportInput {
  generatedAt: string;
  designSync: string;
  /** Absolute project root; every path in the report is made relative to it. */
  root: string;
  design: {
    fileKey: string | undefined;
    name: string;
    version?: string | undefined;
    lastModified?: string | undefined;
  };
  tokens?: {
    total: number;
    byType: Record<string, number>;
    modes: string[];
    diff?: { added: TokenChange[]; changed: TokenChange[]; removed: TokenChange[] };
    warnings?: string[];
  };
  components: ReportComponentInput[];
  /** File changes as handoff applied (or planned) them; `proposal` is where a conflict's merge proposal was written. */
  files: Array<FileChange & { proposal?: string | undefined }>;
  checks?: CheckResults;
  /** The shard the checks covered, when they covered one (`check --shard i/n`). */
  shard?: { index: number; count: number } | undefined;
  /** Wall time per pipeline stage, ms. */
  timings: Record<string, number>;
  warnings?: string[];
}

const STATUS_ORDER: readonly CheckStatus[] = ['skipped', 'pass', 'warn', 'fail'];

export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'skipped';
  for (const status of statuses) if (STATUS_ORDER.indexOf(status) > STATUS_ORDER.indexOf(worst)) worst = status;
  return worst;
}

/** Builds report.json's content from the stages' results. Pure: the same input gives the same report. */
export function buildReport(input: ReportInput): Report {
  const rel = (path: string) => toPosix(isAbsolute(path) ? relative(input.root, path) : path);
  const owners = fileOwners(input.components, rel);
  const files: ReportFile[] = input.files
    .map((file) => {
      const path = rel(file.path);
      const component = owners(path);
      return {
        path,
        change: file.kind,
        producer: file.producer,
        ...(component === undefined ? {} : { component }),
        ...(file.note === undefined ? {} : { note: file.note }),
        ...(file.proposal === undefined ? {} : { proposal: rel(file.proposal) }),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));

  const checksByName = new Map((input.checks?.components ?? []).map((c) => [c.name, c]));
  const components = input.components
    .map((component) => reportComponent(component, input, files, checksByName.get(component.name)))
    .sort((a, b) => a.name.localeCompare(b.name));

  const summary = reportSummary(components);
  const conflicts = summary.conflicts;
  const checkStatus = input.checks?.status ?? worstStatus(components.map((c) => c.status));

  const { components: _checked, ...checkRun } = input.checks ?? { components: undefined };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: input.generatedAt,
    designSync: input.designSync,
    status: conflicts > 0 ? worstStatus([checkStatus, 'warn']) : checkStatus,
    source: {
      name: input.design.name,
      ...optional('fileKey', input.design.fileKey),
      ...optional('version', input.design.version),
      ...optional('lastModified', input.design.lastModified),
      ...optional('url', input.design.fileKey && figmaFileUrl(input.design.fileKey)),
    },
    summary,
    tokens: {
      total: input.tokens?.total ?? 0,
      byType: sortKeys(input.tokens?.byType ?? {}),
      modes: input.tokens?.modes ?? input.checks?.environment.modes ?? [],
      diff: input.tokens?.diff ?? { added: [], changed: [], removed: [] },
      warnings: input.tokens?.warnings ?? [],
    },
    components,
    files,
    ...(input.checks ? { check: checkRun as Omit<CheckResults, 'components'> } : {}),
    ...(input.shard ? { shard: { index: input.shard.index, count: input.shard.count } } : {}),
    timings: input.timings,
    warnings: input.warnings ?? [],
  };
}

/** The report's counts over its components (also how `report --merge` recounts the joined shards). */
export function reportSummary(components: readonly ReportComponent[]): Report['summary'] {
  const count = (predicate: (c: ReportComponent) => boolean) => components.filter(predicate).length;
  const generators = components.flatMap((c) => (c.generator ? [c.generator] : []));
  return {
    components: components.length,
    new: count((c) => c.change === 'new'),
    changed: count((c) => c.change === 'changed'),
    unchanged: count((c) => c.change === 'unchanged'),
    removed: count((c) => c.change === 'removed'),
    stewardEdited: count((c) => c.stewardEdited),
    conflicts: count((c) => c.conflict),
    pass: count((c) => c.status === 'pass'),
    warn: count((c) => c.status === 'warn'),
    fail: count((c) => c.status === 'fail'),
    skipped: count((c) => c.status === 'skipped'),
    modelCostUsd: roundCost(generators.reduce((sum, g) => sum + (g.costUsd ?? 0), 0)),
    modelTokens: {
      prompt: generators.reduce((sum, g) => sum + (g.tokens?.prompt ?? 0), 0),
      completion: generators.reduce((sum, g) => sum + (g.tokens?.completion ?? 0), 0),
    },
  };
}

function reportComponent(
  component: ReportComponentInput,
  input: ReportInput,
  files: ReportFile[],
  check: CheckResults['components'][number] | undefined,
): ReportComponent {
  const own = files.filter((file) => file.component === component.name);
  const conflict = own.some((file) => file.change === 'conflict');
  const fileKey = input.design.fileKey;
  return {
    name: component.name,
    ...(component.nodeId === undefined
      ? {}
      : {
          figma: {
            nodeId: component.nodeId,
            ...(fileKey === undefined ? {} : { fileKey, url: figmaNodeUrl(fileKey, component.nodeId) }),
          },
        }),
    change: component.change,
    ...optional('reason', component.reason),
    stewardEdited:
      component.stewardEdited ?? own.some((file) => file.change === 'merged' || file.change === 'conflict'),
    conflict,
    status: check?.status ?? 'skipped',
    files: own.map((file) => ({ path: file.path, change: file.change, ...optional('proposal', file.proposal) })),
    ...(component.generator ? { generator: generatorSummary(component.generator) } : {}),
    ...reportedFindings(component.findings),
    // The check stage read each story's real id from its CSF title; a custom title does not break links.
    storyIds: (check?.stories ?? []).map((story) => story.id),
    ...(check ? { check } : {}),
  };
}

function reportedFindings(findings: ReportComponentInput['findings']): Pick<ReportComponent, 'findings'> {
  const kept: NonNullable<ReportComponent['findings']> = [];
  for (const f of findings ?? [])
    if (f.kind === 'invisible' || f.kind === 'asset-fallback')
      kept.push({ nodeId: f.nodeId, kind: f.kind, message: f.message });
  return kept.length > 0 ? { findings: kept } : {};
}

function generatorSummary(info: GeneratorInfo): GeneratorSummary {
  return {
    kind: info.kind,
    ...optional('model', info.model),
    attempts: info.attempts,
    ...(info.usage ? { tokens: { prompt: info.usage.prompt, completion: info.usage.completion } } : {}),
    ...optional('costUsd', info.costUsd === undefined ? undefined : roundCost(info.costUsd)),
    notes: info.notes,
  };
}

/** Which component a file belongs to: listed by the component, else by the generated layout's naming. */
function fileOwners(components: ReportComponentInput[], rel: (path: string) => string) {
  const listed = new Map<string, string>();
  for (const component of components) for (const file of component.files ?? []) listed.set(rel(file), component.name);
  const names = new Set(components.map((c) => c.name));
  return (path: string): string | undefined => {
    const known = listed.get(path);
    if (known !== undefined) return known;
    const segments = path.split('/');
    const story = /^(.+)\.stories\.[cm]?[jt]sx?$/.exec(segments.at(-1) ?? '')?.[1];
    if (story !== undefined && names.has(story)) return story;
    return segments.slice(0, -1).find((segment) => names.has(segment));
  };
}

function optional<K extends string, V>(key: K, value: V | undefined | '' | null): { [P in K]?: V } {
  return value === undefined || value === '' || value === null ? {} : ({ [key]: value } as { [P in K]: V });
}

const roundCost = (usd: number) => Math.round(usd * 1e6) / 1e6;
const sortKeys = (record: Record<string, number>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
