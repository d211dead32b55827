/**
 * The GitHub Actions workflow `design-sync init --ci github` writes (`githubWorkflow`); pure text.
 * A scheduled (and manually dispatched) sync: pull the design, generate and open the pull request,
 * check the components on a matrix of `check --shard i/n` runners, merge their reports into the
 * pull request's body, and attach the merged report and a Storybook build as artifacts.
 */
import { usageError } from '../core/errors.ts';
import { VERSION } from '../core/version.ts';

export const WORKFLOW_PATH = '.github/workflows/design-sync.yml';

/** Mondays at 06:00 UTC: a week's design changes in one pull request. */
export const DEFAULT_CRON = '0 6 * * 1';
export const DEFAULT_SHARDS = 2;
const MAX_SHARDS = 64;

export interface WorkflowOptions {
  cron: string;
  shards: number;
}

/** A cron line as GitHub's `schedule` takes it: five fields of digits, `*`, `,`, `-` and `/`. */
export function parseCron(text: string): string {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => /^[\d*,/-]+$/.test(field))) {
    throw usageError('usage/init-ci', `--cron "${text}" is not a five-field cron expression`, {
      hint: `Write minute hour day month weekday, e.g. --cron "${DEFAULT_CRON}" (Mondays 06:00 UTC).`,
    });
  }
  return fields.join(' ');
}

export function parseShardCount(text: string): number {
  const count = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
    throw usageError('usage/init-ci', `--shards ${text} is not a whole number from 1 to ${MAX_SHARDS}`, {
      hint: 'Give the number of check machines of the matrix, e.g. --shards 4.',
    });
  }
  return count;
}

/** The workflow's YAML text. `${{ }}` expressions are GitHub's, evaluated by the runner. */
export function githubWorkflow(options: WorkflowOptions): string {
  const shards = Array.from({ length: options.shards }, (_, i) => i + 1).join(', ');
  const setup = (checkoutWith: string[]) =>
    [
      '      - uses: actions/checkout@v4',
      ...(checkoutWith.length ? ['        with:', ...checkoutWith.map((line) => `          ${line}`)] : []),
      '      - uses: actions/setup-node@v4',
      '        with:',
      '          node-version: 22',
      '          cache: npm',
      '      - name: Install',
      '        id: install',
      '        run: npm ci',
    ].join('\n');
  const browser = [
    '      - name: Chromium for the browser checks',
    '        run: command -v chromium || command -v google-chrome || (sudo apt-get update && sudo apt-get install -y chromium)',
  ].join('\n');
  const snapshot = [
    '      - uses: actions/download-artifact@v4',
    '        with:',
    '          name: design-sync-snapshot',
    '          path: .design-sync/snapshots',
  ].join('\n');
  const branch = ['ref: ${{ needs.sync.outputs.branch }}'];
  return `# Written by \`design-sync init --ci github\` (design-sync ${VERSION}).
# A scheduled design sync: pull the Figma file, generate the components and open (or update) the
# pull request, check them on ${options.shards} machine${options.shards === 1 ? '' : 's'}, and put the merged report in the pull request's body.
# Needs the repository secret FIGMA_TOKEN. Re-run \`design-sync init --ci github --force\` to rewrite it.
name: design-sync

on:
  schedule:
    - cron: '${options.cron}'
  workflow_dispatch:

permissions:
  contents: write
  pull-requests: write

# One sync per branch at a time; a second run waits for the first instead of racing it.
concurrency:
  group: design-sync-\${{ github.ref_name }}
  cancel-in-progress: false

defaults:
  run:
    shell: bash

jobs:
  sync:
    runs-on: ubuntu-latest
    outputs:
      branch: \${{ steps.sync.outputs.branch }}
    steps:
${setup(['fetch-depth: 0'])}
      - name: Pull the design from Figma
        env:
          FIGMA_TOKEN: \${{ secrets.FIGMA_TOKEN }}
        run: npx design-sync pull
      - name: Generate and open the pull request
        id: sync
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          git config user.name "design-sync"
          git config user.email "design-sync@users.noreply.github.com"
          npx design-sync sync --skip-check --json > "$RUNNER_TEMP/sync.json"
          echo "branch=$(node -p "const run = JSON.parse(require('fs').readFileSync(process.env.RUNNER_TEMP + '/sync.json', 'utf8')); run.noop ? '' : (run.branch ?? '')")" >> "$GITHUB_OUTPUT"
      - uses: actions/upload-artifact@v4
        with:
          name: design-sync-snapshot
          path: .design-sync/snapshots

  check:
    needs: sync
    if: needs.sync.outputs.branch != ''
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        shard: [${shards}]
    steps:
${setup(branch)}
${snapshot}
${browser}
      - name: Check shard \${{ matrix.shard }}
        # Exit 1 is a failed check, reported in the merge; anything else is an error.
        run: npx design-sync check --shard \${{ matrix.shard }}/\${{ strategy.job-total }} || [ $? -eq 1 ]
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: design-sync-report-\${{ matrix.shard }}
          path: .design-sync/report

  report:
    needs: [sync, check]
    if: always() && needs.sync.outputs.branch != ''
    runs-on: ubuntu-latest
    steps:
${setup(branch)}
      - uses: actions/download-artifact@v4
        with:
          pattern: design-sync-report-*
          path: shards
      - name: Merge the shard reports into the pull request
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: npx design-sync report --merge shards/* --pr
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: design-sync-report
          path: .design-sync/report
      - name: Build Storybook
        if: always() && hashFiles('.storybook/main.*') != ''
        run: npx storybook build --output-dir storybook-static --quiet
      - uses: actions/upload-artifact@v4
        if: always() && hashFiles('.storybook/main.*') != ''
        with:
          name: storybook-static
          path: storybook-static
`;
}
