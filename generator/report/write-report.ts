import { join } from 'node:path';
import { writeFileAtomic } from '../core/fs-atomic.ts';
import { redact } from '../core/redact.ts';
import { reportToHtml } from './report-to-html.ts';
import { reportToMarkdown, type MarkdownOptions } from './report-to-markdown.ts';
import type { Report } from './report-schema.ts';

/** Writes the report files (report.json, report.html, pr.md) into the report folder, each atomically. */

export const REPORT_FILES = { json: 'report.json', html: 'report.html', markdown: 'pr.md' } as const;

/** Writes report.json, report.html and pr.md into the report folder, each atomically. Returns their paths. */
export async function writeReport(dir: string, report: Report, options: MarkdownOptions = {}): Promise<string[]> {
  const outputs: Array<[string, string]> = [
    [REPORT_FILES.json, reportToJson(report)],
    [REPORT_FILES.html, reportToHtml(report)],
    [REPORT_FILES.markdown, reportToMarkdown(report, options)],
  ];
  const paths = outputs.map(([name]) => join(dir, name));
  // Reports travel (PR bodies, CI artifacts): no secret may reach them, whatever a stage put in a message.
  await Promise.all(outputs.map(([name, text]) => writeFileAtomic(join(dir, name), redact(text))));
  return paths;
}

export function reportToJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
