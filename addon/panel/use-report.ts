import { useEffect, useState } from 'react';
import type { Report } from '../../generator/report/report-schema.ts';

export type ReportState =
  { state: 'loading' } | { state: 'missing'; detail: string } | { state: 'ready'; report: Report };

let cached: Promise<ReportState> | undefined;

/** Loads report.json once per manager page; the panel re-renders per story from the same data. */
function loadReport(url: string): Promise<ReportState> {
  cached ??= fetch(url)
    .then(async (response): Promise<ReportState> => {
      if (!response.ok) return { state: 'missing', detail: `${url} answered ${response.status}` };
      const report = (await response.json()) as Report;
      if (report.schemaVersion !== 1)
        return { state: 'missing', detail: `${url} has schemaVersion ${String(report.schemaVersion)}` };
      return { state: 'ready', report };
    })
    .catch((error: unknown): ReportState => ({ state: 'missing', detail: `${url}: ${(error as Error).message}` }));
  return cached;
}

export function useReport(url: string, active: boolean): ReportState {
  const [state, setState] = useState<ReportState>({ state: 'loading' });
  useEffect(() => {
    if (!active) return;
    let live = true;
    void loadReport(url).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [url, active]);
  return state;
}
