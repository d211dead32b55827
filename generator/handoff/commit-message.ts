import { changesOfKind, pullRequestTitle, type HandoffSummary } from './handoff-summary.ts';

/** The commit message of a sync: the design in the subject, what changed in the body. */

function line(label: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`${label}: ${items.join(', ')}`];
}

/** One commit per sync; the subject names the design, the body counts what changed. */
export function commitMessage(summary: HandoffSummary): string {
  const { components, tokens } = summary;
  const body = [
    ...line('Components added', components.added),
    ...line('Components changed', components.changed),
    ...line('Components removed in Figma (files kept, removal proposed)', components.removed),
    ...(tokens && tokens.added.length + tokens.changed.length + tokens.removed.length > 0
      ? [`Tokens: ${tokens.added.length} added, ${tokens.changed.length} changed, ${tokens.removed.length} removed`]
      : []),
    ...line(
      'Merged into steward edits',
      changesOfKind(summary, 'merged').map((c) => c.path),
    ),
    ...line(
      'Conflicts left for stewards',
      changesOfKind(summary, 'conflict').map((c) => c.path),
    ),
  ];
  const files = summary.changes.filter((c) => c.kind === 'create' || c.kind === 'update' || c.kind === 'merged').length;
  return [
    pullRequestTitle(summary),
    '',
    ...body,
    ...(body.length ? [''] : []),
    `${files} files written by design-sync.`,
  ].join('\n');
}
