/**
 * Judges one completion: usable at all (finished, not refused, parseable), the expected files
 * only, every file through the validation gate, then the optional checks. Returns the files to
 * write, or the specific failures to send back as a repair request. Nothing here writes files.
 */
import { relative } from 'node:path';
import type { PlannedFile } from '../../core/plan.ts';
import type { IrComponent } from '../../ir/types.ts';
import { formatCode } from '../format.ts';
import { tsHeader, cssHeader } from '../header.ts';
import type { GateContext, GateResult } from '../gate/types.ts';
import { answerToPlannedFiles } from './answer-files.ts';
import { extractAnswer } from './extract-answer.ts';
import type { Completion } from './model-client.ts';
import type { RepairItem } from './repair-request.ts';

export const MODEL_PRODUCER = 'generate/model';

/** A check beyond the gate (axe, layout fidelity); failures go back to the model. */
export type ComponentCheck = (files: PlannedFile[], component: IrComponent) => Promise<RepairItem[]>;

export type Verdict =
  | { kind: 'accepted'; files: PlannedFile[]; notes: string }
  /** Worth a repair round. */
  | { kind: 'repair'; items: RepairItem[]; keepAnswer: boolean }
  /** Not worth repeating (refusal, content filter). */
  | { kind: 'stop'; reason: string };

export interface EvaluateInput {
  completion: Completion;
  component: IrComponent;
  model: string;
  root: string;
  paths: { tsx: string; css: string; story: string };
  /** The draft story: it renders the model's component, so it is gated with it. */
  story: PlannedFile | undefined;
  /** The draft's asset files (icons, images under the component's assets/): the pipeline's, not the model's. */
  assets?: PlannedFile[];
  gate: (files: PlannedFile[], ctx: GateContext) => Promise<GateResult>;
  gateContext: GateContext;
  check?: ComponentCheck | undefined;
}

/** Our header, whatever the model wrote: the check stage reads who made a file from it. */
function withHeader(content: string, header: string): string {
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  const first = lines[0]?.trim() ?? '';
  const body = /^(\/\/|\/\*).*design-sync/i.test(first) ? lines.slice(1).join('\n') : lines.join('\n');
  return `${header}${body.replace(/^\n+/, '')}`;
}

async function tidy(file: PlannedFile, component: IrComponent, model: string): Promise<PlannedFile> {
  const css = file.path.endsWith('.css');
  const subject = { nodeId: component.nodeId, figmaName: component.figmaName };
  const header = (css ? cssHeader(subject) : tsHeader(subject)).replace(
    / from Figma node/,
    ` with model ${model.replace(/[^\w./:-]/g, '')} from Figma node`,
  );
  const content = withHeader(file.content, header);
  try {
    return { ...file, content: await formatCode(content, css ? 'css' : 'tsx') };
  } catch {
    // Unformattable means unparsable: the gate reports it with a line.
    return { ...file, content };
  }
}

export async function evaluateAnswer(input: EvaluateInput): Promise<Verdict> {
  const { completion, paths } = input;
  if (completion.refusal) return { kind: 'stop', reason: `the model refused: ${completion.refusal.slice(0, 200)}` };
  if (completion.finishReason === 'content_filter')
    return { kind: 'stop', reason: 'the answer was stopped by a content filter' };
  if (completion.finishReason === 'length') {
    return {
      kind: 'repair',
      keepAnswer: false,
      items: [
        {
          rule: 'answer/truncated',
          message: 'your previous answer was cut off at the output token limit; reply with a shorter, complete answer',
        },
      ],
    };
  }
  const extracted = extractAnswer(completion.content);
  if (!extracted.ok)
    return { kind: 'repair', keepAnswer: true, items: [{ rule: 'answer/unparsable', message: extracted.error }] };

  const rel = (p: string) => relative(input.root, p);
  const planned = answerToPlannedFiles(extracted.answer.files, input.root, MODEL_PRODUCER, [input.component.nodeId]);
  const wanted = new Set([paths.tsx, paths.css]);
  const items: RepairItem[] = [];
  // Other paths go to the gate, which names how they are wrong (outside, unexpected); the story
  // path is allowed there only for the draft's story.
  const assetPaths = new Set((input.assets ?? []).map((f) => f.path));
  for (const file of planned) {
    if (assetPaths.has(file.path))
      items.push({
        file: rel(file.path),
        rule: 'path/unexpected',
        message: 'asset files come from the design; return only the component files',
      });
    else if (file.path === paths.story)
      items.push({
        file: rel(file.path),
        rule: 'path/unexpected',
        message: 'stories are generated from the props; return only the component files',
      });
  }
  for (const path of wanted) {
    if (!planned.some((f) => f.path === path))
      items.push({ file: rel(path), rule: 'answer/missing-file', message: 'this file is missing from the answer' });
  }

  // Gated as written, so reported lines match the model's own text; formatted once accepted.
  const gated = await input.gate(
    [...planned.filter((f) => f.path !== paths.story), ...(input.story ? [input.story] : []), ...(input.assets ?? [])],
    input.gateContext,
  );
  for (const rejected of gated.rejected) {
    const storyNote =
      rejected.path === paths.story
        ? ' (the story is generated from the draft props: keep the prop API compatible)'
        : '';
    // The story fails with the component it imports; that reason is the component's, not news.
    for (const reason of rejected.reasons.filter(
      (r) => !(rejected.path === paths.story && r.rule === 'import/rejected-dependency'),
    )) {
      items.push({
        file: rel(rejected.path),
        ...(reason.line ? { line: reason.line } : {}),
        rule: reason.rule,
        message: reason.message + storyNote,
      });
    }
  }
  if (items.length > 0) return { kind: 'repair', keepAnswer: true, items };
  if (input.check) {
    const failures = await input.check(planned, input.component);
    if (failures.length > 0) return { kind: 'repair', keepAnswer: true, items: failures };
  }
  const files = await Promise.all(planned.map((f) => tidy(f, input.component, input.model)));
  return { kind: 'accepted', files, notes: extracted.answer.notes };
}
