/**
 * `npm run corpus`: the corpus run `.ci/run` starts when ../shared/corpus exists. Runs each stage's
 * corpus script that exists (inspect, tokens, parity, generate, check) in its own process with a time budget,
 * prints their figures, and exits non-zero only when a script exits non-zero (its contract: a crash or
 * a regression). A script over its budget is stopped and reported, not failed: the run must finish
 * within about 15 minutes on 2 cores whatever the machine's load.
 * Usage: npx tsx scripts/corpus-run.ts [corpus dir]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** Per-script budgets (seconds); TOTAL_BUDGET_S trims the last ones when the earlier ones run long. */
const SCRIPTS = [
  { name: 'inspect', file: 'corpus-inspect.ts', budget: 90 },
  { name: 'tokens', file: 'corpus-tokens.ts', budget: 90 },
  { name: 'parity', file: 'token-parity.ts', budget: 60 },
  { name: 'generate', file: 'corpus-generate.ts', budget: 270 },
  { name: 'check', file: 'corpus-check.ts', budget: 330 },
] as const;
const TOTAL_BUDGET_S = 14 * 60;

type Outcome = { name: string; status: 'ok' | 'failed' | 'timed out' | 'missing'; seconds: number; detail?: string };

function runScript(path: string, corpus: string, budgetS: number): Promise<{ code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((done, fail) => {
    // Its own process group, so a budget stop also ends what the script started (browsers, tsc).
    const child = spawn(process.execPath, ['--import', TSX, path, corpus], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, budgetS * 1000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, timedOut, stderr });
    });
  });
}

const corpus = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) {
  process.stdout.write(`corpus run: no corpus at ${corpus}; nothing to do\n`);
} else {
  const started = performance.now();
  const outcomes: Outcome[] = [];
  for (const script of SCRIPTS) {
    const path = join(ROOT, 'scripts', script.file);
    if (!existsSync(path)) {
      outcomes.push({ name: script.name, status: 'missing', seconds: 0 });
      continue;
    }
    const left = TOTAL_BUDGET_S - (performance.now() - started) / 1000;
    const budget = Math.max(10, Math.min(script.budget, left));
    process.stdout.write(`\n== corpus ${script.name} (scripts/${script.file}, budget ${Math.round(budget)} s)\n`);
    const t = performance.now();
    const result = await runScript(path, corpus, budget);
    const seconds = Math.round((performance.now() - t) / 100) / 10;
    const tail = result.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn')).slice(-5).join('\n');
    if (result.timedOut) outcomes.push({ name: script.name, status: 'timed out', seconds, detail: `stopped after ${Math.round(budget)} s` });
    else if (result.code !== 0) outcomes.push({ name: script.name, status: 'failed', seconds, detail: tail || `exit code ${result.code}` });
    else outcomes.push({ name: script.name, status: 'ok', seconds });
  }
  process.stdout.write('\n== corpus run summary\n');
  for (const o of outcomes) {
    const what = o.status === 'missing' ? 'not available (no script yet)' : `${o.status} in ${o.seconds} s`;
    process.stdout.write(`${o.name.padEnd(9)} ${what}${o.detail ? `\n    ${o.detail.replaceAll('\n', '\n    ')}` : ''}\n`);
  }
  const failed = outcomes.filter((o) => o.status === 'failed');
  process.stdout.write(`${failed.length ? `${failed.length} failed` : 'no regressions'} (${Math.round((performance.now() - started) / 1000)} s)\n`);
  process.exitCode = failed.length ? 1 : 0;
}
