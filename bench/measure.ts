import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured run: wall time, peak RSS of the measured Node process, and what the child printed. */
export interface Sample {
  ms: number;
  rssMb: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const REPORT_USAGE = new URL('./report-usage.mjs', import.meta.url).href;
const TSX = import.meta.resolve('tsx');

/**
 * Runs `node <args>` in a child process and measures it. Wall time is the whole process (what a user
 * waits for, start-up included); peak RSS comes from the child itself via the preload, so it is the
 * Node process's peak and excludes the browser and tsc processes it starts.
 */
export async function measureNode(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; tsx?: boolean }): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(dir, 'rss');
  const started = performance.now();
  const preload = ['--import', REPORT_USAGE, ...(options.tsx ? ['--import', TSX] : [])];
  const child = spawn(process.execPath, [...preload, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const ms = Math.round(performance.now() - started);
  let rssKb = 0;
  try {
    rssKb = Number(readFileSync(usageFile, 'utf8'));
  } catch {
    // The child died before its exit hook ran; the run still counts, without a memory figure.
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMb: Math.round(rssKb / 1024), exitCode, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
