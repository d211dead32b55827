import type { Report, ReportComponent } from '../generator/report/report-schema.ts';

/** Sidebar tags design-sync adds to a generated story, for Storybook's built-in tag filter. */
export const SYNC_TAGS = ['new', 'changed', 'unchanged', 'needs-attention', 'steward-edited', 'conflict'] as const;
export type SyncTag = (typeof SYNC_TAGS)[number];

/** Tags for one component's stories: how it changed in the last sync and whether a steward must look. */
export function tagsForComponent(component: ReportComponent): SyncTag[] {
  const tags: SyncTag[] = [];
  if (component.change !== 'removed') tags.push(component.change);
  if (component.conflict || component.status === 'fail' || component.status === 'warn') tags.push('needs-attention');
  if (component.stewardEdited) tags.push('steward-edited');
  if (component.conflict) tags.push('conflict');
  return tags;
}

/** Tags for the stories of `componentName`; none when the report does not know the component. */
export function storyTagsFor(componentName: string, report: Report): SyncTag[] {
  const component = report.components.find((c) => c.name === componentName);
  return component ? tagsForComponent(component) : [];
}
