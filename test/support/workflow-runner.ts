/**
 * Runs a GitHub Actions workflow file's jobs locally, in order, for the `init --ci github` test:
 * no act, no containers. What it does, and nothing more (only what design-sync's workflow uses):
 *
 * - Jobs run in `needs` order; a `strategy.matrix` of one list runs once per value, one after another.
 * - `run:` steps run in `bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`) in the
 *   job's own checkout, with `GITHUB_OUTPUT`, `RUNNER_TEMP`, the workflow/job/step `env`, and the
 *   test's `env` (API URLs pointing at the local servers) and `path` (shims) in front of PATH.
 * - Steps whose `id` is in `skipIds` are not run (the install step: the test's design-sync is this checkout).
 * - `uses:` steps are emulated: actions/checkout clones the test's bare repository at `with.ref`
 *   (default `refName`) with GitHub-looking fetch URL; actions/setup-node does nothing (the test's
 *   node runs); actions/upload-artifact and download-artifact copy folders through one artifact store
 *   (download by `name` into `path`, by `pattern` into `path/<artifact name>/`).
 * - `${{ }}` expressions: `secrets.X`, `matrix.X`, `strategy.job-total`, `needs.J.outputs.X`,
 *   `steps.S.outputs.X`, `github.ref_name`, string literals, `==`, `!=`, `&&`, `always()`,
 *   `success()` and `hashFiles('glob')` (a `*` in the file name only). Anything else throws, so a
 *   workflow using more fails the test instead of being half-evaluated.
 * - `if:` on jobs and steps; a failed step fails its job and skips the later steps whose `if` has
 *   no `always()`; a job whose needs failed is skipped unless its `if` has `always()`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps: Step[];
}

export interface Workflow {
  on: Json;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
  [key: string]: unknown;
}

export interface StepLog {
  job: string;
  step: string;
  status: 'success' | 'failure' | 'skipped';
  code?: number;
  stdout?: string;
  stderr?: string;
}

export interface WorkflowRun {
  jobs: Record<string, 'success' | 'failure' | 'skipped'>;
  steps: StepLog[];
  /** Artifact name -> folder holding its files. */
  artifacts: Map<string, string>;
  /** Job name -> the workspace of its (last) run. */
  workspaces: Map<string, string>;
}

export interface RunOptions {
  /** The bare repository actions/checkout clones from. */
  bare: string;
  /** The fetch URL the checkout's origin shows (a GitHub URL, so design-sync finds the repository). */
  fetchUrl: string;
  /** The branch the workflow runs on (`github.ref_name`). */
  refName: string;
  secrets: Record<string, string>;
  env: Record<string, string>;
  /** Folders put in front of PATH (command shims). */
  path: string[];
  skipIds: string[];
}

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

interface Context {
  secrets: Record<string, string>;
  matrix: Record<string, unknown>;
  jobTotal: number;
  needs: Record<string, { outputs: Record<string, string>; result: string }>;
  steps: Record<string, { outputs: Record<string, string> }>;
  refName: string;
  workspace: string;
  failed: boolean;
}

type Token = { kind: 'str' | 'name' | 'op' | 'paren' | 'comma'; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:'((?:[^']|'')*)'|(==|!=|&&)|([A-Za-z_][\w.-]*)|([()])|(,))/y;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m) throw new Error(`workflow-runner: cannot read expression "${expr}" at ${at}`);
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: m[1].replace(/''/g, "'") });
    else if (m[2]) tokens.push({ kind: 'op', text: m[2] });
    else if (m[3]) tokens.push({ kind: 'name', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'paren', text: m[4] });
    else tokens.push({ kind: 'comma', text: ',' });
  }
  return tokens;
}

function lookup(name: string, ctx: Context): string {
  const parts = name.split('.');
  const [head, a, b, c] = parts;
  if (head === 'secrets' && parts.length === 2) return ctx.secrets[a!] ?? '';
  if (head === 'matrix' && parts.length === 2) return String(ctx.matrix[a!] ?? '');
  if (name === 'strategy.job-total') return String(ctx.jobTotal);
  if (name === 'github.ref_name') return ctx.refName;
  if (head === 'needs' && b === 'outputs' && parts.length === 4) return ctx.needs[a!]?.outputs[c!] ?? '';
  if (head === 'steps' && b === 'outputs' && parts.length === 4) return ctx.steps[a!]?.outputs[c!] ?? '';
  throw new Error(`workflow-runner: the expression context "${name}" is not supported`);
}

function hashFiles(pattern: string, workspace: string): string {
  const dir = join(workspace, dirname(pattern));
  const name = new RegExp(
    `^${basename(pattern)
      .replace(/[.+^$()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  if (/\*/.test(dirname(pattern)) || !existsSync(dir)) return '';
  return readdirSync(dir).some((entry) => name.test(entry)) ? 'present' : '';
}

/** Evaluates one expression (no `${{ }}`): strings, contexts, ==, !=, &&, always(), success(), hashFiles(). */
export function evaluate(expr: string, ctx: Context): string | boolean {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): string | boolean => {
    const token = tokens[i++];
    if (!token) throw new Error(`workflow-runner: expression "${expr}" ends early`);
    if (token.kind === 'str') return token.text;
    if (token.kind === 'paren' && token.text === '(') {
      const value = and();
      i++;
      return value;
    }
    if (token.kind === 'name') {
      if (peek()?.text === '(') {
        i++;
        const args: Array<string | boolean> = [];
        while (peek() && peek()!.text !== ')') {
          args.push(and());
          if (peek()?.kind === 'comma') i++;
        }
        i++;
        if (token.text === 'always') return true;
        if (token.text === 'success') return !ctx.failed;
        if (token.text === 'hashFiles') return hashFiles(String(args[0]), ctx.workspace);
        throw new Error(`workflow-runner: the function ${token.text}() is not supported`);
      }
      return lookup(token.text, ctx);
    }
    throw new Error(`workflow-runner: unexpected "${token.text}" in "${expr}"`);
  };
  const compare = (): string | boolean => {
    let left = primary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = tokens[i++]!.text;
      const right = primary();
      left = op === '==' ? String(left) === String(right) : String(left) !== String(right);
    }
    return left;
  };
  const and = (): string | boolean => {
    let left = compare();
    while (peek()?.text === '&&') {
      i++;
      const right = compare();
      left = truthy(left) && truthy(right);
    }
    return left;
  };
  const value = and();
  if (i !== tokens.length) throw new Error(`workflow-runner: cannot read all of "${expr}"`);
  return value;
}

const truthy = (value: string | boolean) => value !== false && value !== '';

/** Replaces every `${{ expr }}` in a string. */
export function substitute(text: string, ctx: Context): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => String(evaluate(expr, ctx)));
}

/** Whether a step or job runs: its `if` (default `success()`), with `${{ }}` allowed around it. */
function condition(expr: string | undefined, ctx: Context): boolean {
  if (expr === undefined) return !ctx.failed;
  const inner = /^\s*\$\{\{\s*(.+?)\s*\}\}\s*$/.exec(expr)?.[1] ?? expr;
  const hasStatus = /\b(always|success|failure|cancelled)\(\)/.test(inner);
  return truthy(evaluate(inner, ctx)) && (hasStatus || !ctx.failed);
}

function bash(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

function git(args: string[], cwd: string): Promise<void> {
  return bash(`git ${args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')}`, cwd, process.env).then((r) => {
    if (r.code !== 0) throw new Error(`workflow-runner: git ${args.join(' ')} failed: ${r.stderr}`);
  });
}

function order(jobs: Record<string, Job>): string[] {
  const done: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (done.includes(name)) return;
    if (trail.includes(name))
      throw new Error(`workflow-runner: jobs need each other: ${[...trail, name].join(' -> ')}`);
    const needs = jobs[name]!.needs;
    for (const need of typeof needs === 'string' ? [needs] : (needs ?? [])) visit(need, [...trail, name]);
    done.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name, []);
  return done;
}

function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
  }
  return outputs;
}

export async function runWorkflow(workflow: Workflow, options: RunOptions): Promise<WorkflowRun> {
  const root = await mkdtemp(join(tmpdir(), 'ds-workflow-'));
  const store = join(root, 'artifacts');
  const run: WorkflowRun = { jobs: {}, steps: [], artifacts: new Map(), workspaces: new Map() };
  const needsContext: Context['needs'] = {};
  let workspaceCount = 0;

  for (const name of order(workflow.jobs)) {
    const job = workflow.jobs[name]!;
    const needs = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);
    const matrixEntries = Object.entries(job.strategy?.matrix ?? {});
    if (matrixEntries.length > 1) throw new Error('workflow-runner: a matrix of more than one list is not supported');
    const [matrixKey, matrixValues] = matrixEntries[0] ?? ['', [undefined]];
    const base: Context = {
      secrets: options.secrets,
      matrix: {},
      jobTotal: matrixValues.length,
      needs: Object.fromEntries(needs.map((n) => [n, needsContext[n] ?? { outputs: {}, result: 'skipped' }])),
      steps: {},
      refName: options.refName,
      workspace: root,
      failed: needs.some((n) => needsContext[n]?.result === 'failure'),
    };
    if (
      !condition(job.if, base) ||
      needs.some((n) => needsContext[n]?.result === 'skipped' && !/always\(\)/.test(job.if ?? ''))
    ) {
      run.jobs[name] = 'skipped';
      needsContext[name] = { outputs: {}, result: 'skipped' };
      continue;
    }
    let jobFailed = false;
    let outputs: Record<string, string> = {};
    for (const value of matrixValues) {
      const workspace = join(root, `job-${++workspaceCount}-${name}`);
      await mkdir(workspace, { recursive: true });
      const runnerTemp = join(root, `temp-${workspaceCount}`);
      await mkdir(runnerTemp, { recursive: true });
      const ctx: Context = {
        ...base,
        matrix: matrixKey ? { [matrixKey]: value } : {},
        steps: {},
        workspace,
        failed: base.failed,
      };
      for (const step of job.steps) {
        const label = step.name ?? step.uses ?? step.id ?? 'step';
        if (step.id && options.skipIds.includes(step.id)) {
          run.steps.push({ job: name, step: label, status: 'skipped' });
          continue;
        }
        if (!condition(step.if, ctx)) {
          run.steps.push({ job: name, step: label, status: 'skipped' });
          continue;
        }
        const args = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), ctx)]),
        );
        if (step.uses) {
          await uses(step.uses, args, { workspace, store, run, options });
          run.steps.push({ job: name, step: substitute(label, ctx), status: 'success' });
          continue;
        }
        const outputFile = join(runnerTemp, `output-${run.steps.length}`);
        await writeFile(outputFile, '');
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          ...options.env,
          ...Object.fromEntries(
            [workflow.env, job.env, step.env]
              .flatMap((e) => Object.entries(e ?? {}))
              .map(([k, v]) => [k, substitute(String(v), ctx)]),
          ),
          GITHUB_OUTPUT: outputFile,
          RUNNER_TEMP: runnerTemp,
          GITHUB_WORKSPACE: workspace,
          CI: 'true',
          PATH: [...options.path, process.env.PATH ?? ''].join(delimiter),
        };
        const result = await bash(substitute(step.run ?? '', ctx), workspace, env);
        const status = result.code === 0 ? 'success' : 'failure';
        run.steps.push({ job: name, step: substitute(label, ctx), status, ...result });
        if (step.id) ctx.steps[step.id] = { outputs: readOutputs(await readFile(outputFile, 'utf8')) };
        if (status === 'failure') ctx.failed = true;
      }
      if (ctx.failed) jobFailed = true;
      outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, substitute(v, ctx)]));
      run.workspaces.set(name, workspace);
    }
    run.jobs[name] = jobFailed ? 'failure' : 'success';
    needsContext[name] = { outputs, result: run.jobs[name] };
  }
  return run;
}

async function uses(
  action: string,
  args: Record<string, string>,
  at: { workspace: string; store: string; run: WorkflowRun; options: RunOptions },
): Promise<void> {
  const [name] = action.split('@');
  const { workspace, store, run, options } = at;
  if (name === 'actions/checkout') {
    await git(['clone', '--quiet', '--branch', args.ref || options.refName, options.bare, '.'], workspace);
    await git(['remote', 'set-url', 'origin', options.fetchUrl], workspace);
    await git(['remote', 'set-url', '--push', 'origin', options.bare], workspace);
    await git(['config', 'commit.gpgsign', 'false'], workspace);
    return;
  }
  if (name === 'actions/setup-node') return;
  if (name === 'actions/upload-artifact') {
    const source = join(workspace, args.path!);
    if (!existsSync(source)) return;
    const target = join(store, args.name!);
    await cp(source, target, { recursive: true });
    run.artifacts.set(args.name!, target);
    return;
  }
  if (name === 'actions/download-artifact') {
    const into = join(workspace, args.path ?? '.');
    if (args.name) {
      if (!run.artifacts.has(args.name)) throw new Error(`workflow-runner: no artifact ${args.name}`);
      await cp(run.artifacts.get(args.name)!, into, { recursive: true, force: true });
      return;
    }
    const pattern = new RegExp(`^${(args.pattern ?? '*').replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    for (const artifact of await readdir(store).catch(() => [] as string[])) {
      if (pattern.test(artifact)) await cp(join(store, artifact), join(into, artifact), { recursive: true });
    }
    return;
  }
  throw new Error(`workflow-runner: the action ${action} is not emulated`);
}
