import { basename } from 'node:path';
import type { Indexer } from 'storybook/internal/types';
import type { Report } from '../generator/report/report-schema.ts';
import { storyTagsFor } from './story-tags.ts';

/** The component a stories file belongs to: the generator writes `stories/<Name>.stories.tsx`, titled `<Name>`. */
function componentOf(fileName: string, title: string | undefined): string {
  return title?.split('/').at(-1) ?? basename(fileName).replace(/\.stories\.[cm]?[jt]sx?$/, '');
}

/**
 * Wraps Storybook's indexers so every entry of a generated story also carries the report's sync tags.
 * The tags are added at index time (not written into the CSF files) because the check stage that
 * decides "needs-attention" runs after the stories are generated.
 */
export function withSyncTags(indexers: Indexer[], report: Report | undefined): Indexer[] {
  if (!report) return indexers;
  return indexers.map((indexer) => ({
    ...indexer,
    createIndex: async (fileName, options) => {
      const entries = await indexer.createIndex(fileName, options);
      return entries.map((entry) => {
        const tags = storyTagsFor(componentOf(fileName, entry.title), report);
        return tags.length === 0 ? entry : { ...entry, tags: [...new Set([...(entry.tags ?? []), ...tags])] };
      });
    },
  }));
}
