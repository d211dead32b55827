/** Pure: one component's check summaries from its stories and the project-wide findings. */
import {
  AXE_IMPACTS,
  type CheckStatus,
  type CheckSummary,
  type ComponentCheck,
  type StoryCheck,
  type TokenLintFinding,
  type TypeDiagnostic,
} from './types.ts';
import { worstStatus } from './statuses.ts';

export interface ComponentFacts {
  name: string;
  /** Relative to the project root. */
  files: string[];
  generator: ComponentCheck['generator'];
  stories: StoryCheck[];
  /** Undefined when the check did not run. */
  diagnostics: TypeDiagnostic[] | undefined;
  findings: TokenLintFinding[] | undefined;
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.01 && ratio > 0 ? 2 : 1)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function a11ySummary(stories: StoryCheck[]): CheckSummary {
  const results = stories.flatMap((s) => s.a11y);
  if (!results.length) return { status: 'skipped', summary: 'not run' };
  const byMode = new Map<string, { count: number; worst: number }>();
  for (const result of results) {
    const entry = byMode.get(result.mode) ?? { count: 0, worst: -1 };
    entry.count += result.violations.length;
    for (const v of result.violations)
      entry.worst = Math.max(entry.worst, v.impact ? AXE_IMPACTS.indexOf(v.impact) : -1);
    byMode.set(result.mode, entry);
  }
  const failing = [...byMode].filter(([, e]) => e.count > 0);
  const summary = failing.length
    ? failing
        .map(
          ([mode, e]) =>
            `${plural(e.count, 'violation')}${e.worst >= 0 ? ` (${AXE_IMPACTS[e.worst]})` : ''} in ${mode}`,
        )
        .join(', ')
    : `no violations in ${[...byMode.keys()].join(', ')}`;
  return { status: worstStatus(results.map((r) => r.status)), summary };
}

function layoutSummary(stories: StoryCheck[]): CheckSummary & { score?: number } {
  const scored = stories.filter((s) => s.layout);
  if (!scored.length) return { status: 'skipped', summary: 'no Figma node' };
  const score = scored.reduce((sum, s) => sum + s.layout!.score, 0) / scored.length;
  const worst = scored.reduce((a, b) => (b.layout!.score < a.layout!.score ? b : a));
  const tail = scored.length > 1 ? ` (lowest: ${worst.name} ${worst.layout!.score.toFixed(2)})` : '';
  return {
    status: worstStatus(scored.map((s) => s.layout!.status)),
    summary: `${score.toFixed(2)} mean IoU${tail}`,
    score,
  };
}

function visualSummary(stories: StoryCheck[]): ComponentCheck['checks']['visual'] {
  const visuals = stories.flatMap((s) => (s.visual ? [s.visual] : []));
  if (!visuals.length) return { status: 'skipped', summary: 'not run' };
  const figma = visuals.flatMap((v) => (v.figma ? [v.figma.mismatchRatio] : []));
  const baseline = visuals.flatMap((v) => v.baseline.filter((b) => !b.written).map((b) => b.mismatchRatio));
  const written = visuals.some((v) => v.baseline.some((b) => b.written));
  const parts = [
    figma.length ? `Figma ${percent(Math.max(...figma))}` : 'no Figma render',
    baseline.length ? `baseline ${percent(Math.max(...baseline))}` : written ? 'baseline written' : 'no baseline',
  ];
  return {
    status: worstStatus(visuals.map((v) => v.status)),
    summary: parts.join(', '),
    ...(figma.length ? { figmaMismatch: Math.max(...figma) } : {}),
    ...(baseline.length ? { baselineMismatch: Math.max(...baseline) } : {}),
  };
}

function responsiveSummary(stories: StoryCheck[]): CheckSummary {
  const results = stories.flatMap((s) => (s.responsive ? [s.responsive] : []));
  if (!results.length) return { status: 'skipped', summary: 'fixed size' };
  const widths = results.flatMap((r) => r.widths);
  const overflow = [...new Set(widths.filter((w) => w.overflow).map((w) => w.width))];
  const overlap = [...new Set(widths.filter((w) => w.overlaps.length).map((w) => w.width))];
  const problems = [
    ...(overflow.length ? [`overflow at ${overflow.join(', ')}px`] : []),
    ...(overlap.length ? [`overlap at ${overlap.join(', ')}px`] : []),
  ];
  const all = [...new Set(widths.map((w) => w.width))];
  return {
    status: worstStatus(results.map((r) => r.status)),
    summary: problems.length ? problems.join('; ') : `fits at ${all.join(', ')}px`,
  };
}

export function summarizeComponent(facts: ComponentFacts): ComponentCheck {
  const typecheck: ComponentCheck['checks']['typecheck'] = facts.diagnostics
    ? {
        status: facts.diagnostics.length ? 'fail' : 'pass',
        summary: facts.diagnostics.length ? plural(facts.diagnostics.length, 'type error') : 'no type errors',
        diagnostics: facts.diagnostics,
      }
    : { status: 'skipped', summary: 'not run', diagnostics: [] };
  const tokenLint: ComponentCheck['checks']['tokenLint'] = facts.findings
    ? {
        status: facts.findings.length ? 'warn' : 'pass',
        summary: facts.findings.length ? plural(facts.findings.length, 'raw value') : 'only tokens',
        findings: facts.findings,
      }
    : { status: 'skipped', summary: 'not run', findings: [] };
  const checks: ComponentCheck['checks'] = {
    typecheck,
    tokenLint,
    a11y: a11ySummary(facts.stories),
    layout: layoutSummary(facts.stories),
    visual: visualSummary(facts.stories),
    responsive: responsiveSummary(facts.stories),
  };
  const statuses: CheckStatus[] = [
    ...Object.values(checks).map((c) => c.status),
    ...facts.stories.map((s) => s.status),
  ];
  return {
    name: facts.name,
    status: worstStatus(statuses),
    files: facts.files,
    generator: facts.generator,
    rechecked: true,
    checks,
    stories: facts.stories,
  };
}
