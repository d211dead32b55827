import { relative, resolve } from 'node:path';
import { usageError } from '../../core/errors.ts';
import { redact } from '../../core/redact.ts';
import { mergeReports } from '../../report/merge-reports.ts';
import { copyShardImages, readShardReports } from '../../report/read-shard-reports.ts';
import { reportToMarkdown } from '../../report/report-to-markdown.ts';
import { REPORT_FILES, writeReport } from '../../report/write-report.ts';
import { currentBranch, remoteUrl } from '../../handoff/git.ts';
import { resolveGitHubRepo } from '../../handoff/github-remote.ts';
import { updatePullRequestBody } from '../../handoff/pull-request.ts';
import type { Command } from '../command.ts';

/**
 * `design-sync report --merge <dirs or files...>`: joins the report.json of every `check --shard i/n`
 * machine into one report (report.json, report.html, pr.md); `--pr` puts it in the open pull request's body.
 */

export const command: Command = {
  name: 'report',
  summary: "Merge the shards' reports into one report, HTML and PR body",
  usage: 'design-sync report --merge <dirs or report.json files...> [--out <dir>] [--pr] [--json]',
  description:
    'Reads the report.json each `check --shard i/n` machine wrote (a report folder or the file), checks they are\n' +
    'the shards of one run (one design version, one split, disjoint, none missing), and writes the joined report.\n' +
    "With --pr and GITHUB_TOKEN, the merged pr.md becomes the body of the current branch's open pull request.",
  options: {
    merge: { type: 'boolean', description: 'join the given shard reports (required)' },
    out: { type: 'string', value: '<dir>', description: 'where to write the merged report (default: output.report)' },
    pr: { type: 'boolean', description: "replace the current branch's open pull request body with the merged report" },
  },
  async run(ctx) {
    if (ctx.options.merge !== true || ctx.positionals.length === 0) {
      throw usageError('usage/report-merge', 'report needs --merge and the shard reports to join', {
        hint: 'Run `design-sync report --merge shard-1 shard-2 ...` with the report folders of every shard.',
      });
    }
    const config = await ctx.config();
    const out = typeof ctx.options.out === 'string' ? resolve(ctx.cwd, ctx.options.out) : config.paths.report;
    const shards = await readShardReports(ctx.positionals, ctx.cwd);
    const report = mergeReports(shards);
    ctx.logger.progress(`report: merged ${shards.length} shard reports, ${report.summary.components} components`);
    if (!ctx.dryRun) {
      await copyShardImages(shards, out);
      await writeReport(out, report);
    }
    let pullRequest: { number: number; url: string } | string | undefined;
    if (ctx.options.pr === true && !ctx.dryRun) {
      const token = config.env.githubToken;
      const branch = await currentBranch(config.root);
      const repo = resolveGitHubRepo(await remoteUrl(config.root, 'origin'), config.env.githubApiUrl, ctx.env);
      if (!token || !branch || !repo) {
        pullRequest = !token ? 'GITHUB_TOKEN is not set' : !branch ? 'no current branch' : 'no GitHub repository';
      } else {
        const updated = await updatePullRequestBody(
          { owner: repo.owner, repo: repo.repo, head: branch, body: redact(reportToMarkdown(report)) },
          { token, baseUrl: config.env.githubApiUrl, logger: ctx.logger },
        );
        pullRequest = updated ?? `no open pull request for ${branch}`;
      }
      if (typeof pullRequest === 'string') ctx.logger.warn(`report: pull request body not updated: ${pullRequest}`);
    }
    const where = relative(ctx.cwd, resolve(out, REPORT_FILES.html)) || REPORT_FILES.html;
    const { summary } = report;
    return {
      text: [
        `merged ${shards.length} shards: ${summary.components} components, ${summary.pass} pass, ${summary.warn} warn, ${summary.fail} fail`,
        ...(typeof pullRequest === 'object'
          ? [`pull request #${pullRequest.number} body updated: ${pullRequest.url}`]
          : []),
        `report: ${ctx.dryRun ? '(not written: --dry-run)' : where}`,
      ].join('\n'),
      data: report,
      exitCode: report.status === 'fail' ? 1 : 0,
    };
  },
};
