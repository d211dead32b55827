import type { HandoffChange } from './apply-steward-plan.ts';
import { changesOfKind, type HandoffSummary } from './handoff-summary.ts';

const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;

function changeLine(change: HandoffChange): string {
  const where = change.proposal ? `: proposal in ${code(change.proposal)}` : '';
  return `- ${code(change.path)}${where}${change.note ? ` (${change.note})` : ''}`;
}

/**
 * What a steward needs from handoff that the report does not say: which edits were merged and
 * where each conflict's proposal is. Appended to pr.md to form the pull-request body.
 */
export function stewardNotes(summary: HandoffSummary): string {
  const merged = changesOfKind(summary, 'merged');
  const conflicts = changesOfKind(summary, 'conflict');
  const out: string[] = [];
  if (conflicts.length > 0) {
    out.push(
      '### Conflict proposals',
      '',
      'These files were left exactly as the steward wrote them. Each proposal holds the merge with conflict markers (steward | last generated | design-sync); resolve it into the file and delete the proposal.',
      '',
      ...conflicts.map(changeLine),
      '',
    );
  }
  if (merged.length > 0) out.push('### Merged into steward edits', '', ...merged.map(changeLine), '');
  return out.join('\n');
}

/** The pull-request body: the report's pr.md followed by the steward notes. */
export function pullRequestBody(prMarkdown: string, summary: HandoffSummary): string {
  const notes = stewardNotes(summary);
  return notes ? `${prMarkdown.trimEnd()}\n\n${notes}` : prMarkdown;
}
