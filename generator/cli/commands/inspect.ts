import type { Command } from '../command.ts';
import { formatInspect } from '../../source/format-inspect.ts';
import { inspectDesign } from '../../source/inspect-design.ts';
import { loadDesign } from '../../source/load-design.ts';
import { SOURCE_OPTION } from '../args.ts';

/** `design-sync inspect`: shows what a snapshot or Figma JSON file contains. */

export const command: Command = {
  name: 'inspect',
  summary: 'Show what a snapshot or Figma JSON file contains',
  usage: 'design-sync inspect [--source <snapshot folder or Figma JSON file>] [--json]',
  description:
    'Reads the configured snapshot, or --source: a snapshot folder or any Figma REST response saved as JSON\n' +
    '(GET /v1/files/:key, /v1/files/:key/nodes, a node document, /v1/files/:key/variables/local).',
  options: {
    source: SOURCE_OPTION,
  },
  overrides: { source: 'source' },
  async run(ctx) {
    const config = await ctx.config();
    const design = await loadDesign(config, ctx.logger);
    const report = inspectDesign(design);
    return { text: formatInspect(report), data: report };
  },
};
