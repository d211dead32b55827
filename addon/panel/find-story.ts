import type { Report, ReportComponent } from '../../generator/report/report-schema.ts';

export type ReportStory = NonNullable<ReportComponent['check']>['stories'][number];

export interface StoryLookup {
  storyId: string;
  /** The story's title in the index, e.g. "Button" or "Components/Button". */
  title: string | undefined;
  /** `parameters.designSync` of the story. */
  designSync: { fileKey?: string; nodeId?: string } | undefined;
}

/** The report entry of the story being viewed: by its id, else its Figma node, else its title. */
export function findReportStory(
  report: Report,
  lookup: StoryLookup,
): { component: ReportComponent; story: ReportStory | undefined } | undefined {
  for (const component of report.components) {
    const index = component.storyIds.indexOf(lookup.storyId);
    if (index >= 0) return { component, story: component.check?.stories[index] };
  }
  const nodeId = lookup.designSync?.nodeId;
  const titleName = lookup.title?.split('/').at(-1);
  const component =
    (nodeId ? report.components.find((c) => c.figma?.nodeId === nodeId) : undefined) ??
    (titleName ? report.components.find((c) => c.name === titleName) : undefined);
  if (!component) return undefined;
  const exportPart = lookup.storyId.split('--')[1];
  const story = component.check?.stories.find((s) => s.id.split('--')[1] === exportPart) ?? component.check?.stories[0];
  return { component, story };
}

/** Resolves a report image path (relative to the report folder) to where Storybook serves it. */
export function reportAsset(base: string, path: string): string {
  return `${base}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
