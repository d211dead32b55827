import { boundingBox } from './node-geometry.ts';
import { STORY_CHECKS } from './checks/index.ts';
import type { CheckRun, StoryCheckContext, StoryCheckKey, StoryRun, StoryTarget } from './checks/check.ts';
import { worstStatus } from './statuses.ts';
import type { StoryPage } from './story-page.ts';
import type { CheckStatus, StoryCheck } from './types.ts';

/**
 * Runs every check of one story on one page (the list in `checks/index.ts`): the story renders in
 * each theme mode at the Figma node's size and each check measures it there, then each check
 * finishes (and may render the story itself, as the responsive widths do).
 */

export type { StoryCheckContext, StoryTarget } from './checks/check.ts';

export interface StoryOutcome {
  check: StoryCheck;
  /** Renders of the story that succeeded, for the run's throughput. */
  renders: number;
}

/** Sets one check's result on the story's record; undefined leaves the key out. */
function setResult<K extends StoryCheckKey>(check: StoryCheck, key: K, result: StoryCheck[K] | undefined): void {
  if (result !== undefined) check[key] = result;
}

/** A result's statuses: one per mode for a list (axe), its own otherwise; `skipped` when the check did not apply. */
function resultStatuses(result: StoryCheck[StoryCheckKey]): CheckStatus[] {
  if (result === undefined) return ['skipped'];
  return Array.isArray(result) ? result.map((r) => r.status) : [result.status];
}

export async function checkStory(page: StoryPage, target: StoryTarget, ctx: StoryCheckContext): Promise<StoryOutcome> {
  const started = performance.now();
  let renders = 0;
  const story: StoryRun = {
    page,
    target,
    ctx,
    figmaBox: target.node ? boundingBox(target.node) : undefined,
    async render(options) {
      const rendered = await page.render(target.story.key, options);
      if (rendered.ok) renders++;
      return rendered;
    },
  };
  const check: StoryCheck = {
    id: target.id,
    exportName: target.story.exportName,
    name: target.story.name,
    status: 'skipped',
    ...(target.story.designSync
      ? {
          figma: {
            fileKey: target.story.designSync.fileKey,
            nodeId: target.story.designSync.nodeId,
            ...(target.node ? { name: target.node.name } : {}),
          },
        }
      : {}),
    a11y: [],
    ms: 0,
  };
  const runs: Array<{ key: StoryCheckKey; run: CheckRun<StoryCheckKey> }> = STORY_CHECKS.map((c) => ({
    key: c.key,
    run: c.run(story),
  }));
  let error: string | undefined;
  for (const [index, mode] of ctx.modes.entries()) {
    const rendered = await story.render({ mode, width: story.figmaBox?.width, height: story.figmaBox?.height });
    if (!rendered.ok) {
      error = `${mode}: ${rendered.error}`;
      break;
    }
    for (const { run } of runs) await run.inMode?.({ mode, index, box: rendered.box });
  }
  for (const { key, run } of runs) setResult(check, key, await run.finish(error !== undefined));
  if (error !== undefined) check.error = error;
  check.status = error !== undefined ? 'fail' : worstStatus(STORY_CHECKS.flatMap((c) => resultStatuses(check[c.key])));
  check.ms = Math.round(performance.now() - started);
  return { check, renders };
}
