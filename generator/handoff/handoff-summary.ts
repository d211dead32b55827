import type { HandoffChange } from './apply-steward-plan.ts';

/** What one sync changed, the input of the commit message and the pull-request body. */
export interface HandoffSummary {
  design: { name: string; fileKey?: string; version?: string };
  components: { added: string[]; changed: string[]; unchanged: string[]; removed: string[] };
  /** Token changes by token path. */
  tokens?: { added: string[]; changed: string[]; removed: string[] };
  changes: HandoffChange[];
  /** Per-component check outcome, when checks ran. */
  checks?: { component: string; ok: boolean; detail: string }[];
  model?: { calls: number; costUsd: number };
}

export function changesOfKind(summary: HandoffSummary, kind: HandoffChange['kind']): HandoffChange[] {
  return summary.changes.filter((change) => change.kind === kind);
}

export function pullRequestTitle(summary: HandoffSummary): string {
  const version = summary.design.version ? ` (version ${summary.design.version})` : '';
  return `design-sync: ${summary.design.name}${version}`;
}
