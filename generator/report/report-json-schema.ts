import { z } from 'zod';
import { reportSchema } from './report-schema.ts';

/** The JSON Schema of report.json (committed as report.schema.json; a test keeps the two equal). */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://design-sync.local/schemas/report.schema.json',
    title: 'design-sync report.json',
    description:
      'What one design-sync run did and what its checks found. Paths: files relative to the project root, images relative to the report folder.',
  };
}
