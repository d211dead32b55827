import { readFile } from 'node:fs/promises';
import { inputError } from '../core/errors.ts';
import { reportSchema, REPORT_SCHEMA_VERSION, type Report } from './report-schema.ts';

/** Parses report.json text; errors name the file and the first invalid key. */
export function parseReport(text: string, where: string): Report {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw inputError('report/json', `${where} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Run `design-sync check` to write a fresh report.',
    });
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw inputError(
      'report/version',
      `${where} has schemaVersion ${String(version)}, this design-sync reads ${REPORT_SCHEMA_VERSION}`,
      {
        hint: 'Run `design-sync check` with this version to rewrite the report.',
      },
    );
  }
  const result = reportSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(root)';
    throw inputError('report/invalid', `${where}: ${path}: ${issue?.message ?? 'invalid'}`, {
      hint: 'The report was written by another design-sync version or edited by hand; run `design-sync check` again.',
    });
  }
  return result.data;
}

export async function readReport(path: string): Promise<Report> {
  return parseReport(await readFile(path, 'utf8'), path);
}
