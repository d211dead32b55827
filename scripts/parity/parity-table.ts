import type { VariantResult } from './run-parity.ts';

/** Text and Markdown renderings of parity results, and the regression rule. Pure. */

export function parityText(result: VariantResult, mismatches: number): string {
  const lines = [`\n## ${result.system} ${result.pkg}@${result.version} (${result.licence}): ${result.layout}`];
  if (result.failed) {
    lines.push(`   not built: ${result.failed}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`   ${result.tokens} tokens, our modes ${result.ourModes.join('/')}, built in ${result.ms} ms`);
  if (result.stopped) lines.push(`   design-sync tokens stops here: ${result.stopped}`);
  for (const warning of result.warnings.slice(0, 3)) lines.push(`   warning: ${warning.slice(0, 200)}`);
  for (const mode of result.modes) {
    lines.push(
      `   ${mode.mode}: ${mode.matched}/${mode.total} values equal${mode.oursMissing ? ' (we built no such mode: compared :root)' : ''}; only published ${mode.onlyTheirs}, only ours ${mode.onlyOurs}`,
    );
    for (const m of mode.mismatches.slice(0, mismatches))
      lines.push(`     --${m.key}: ours ${m.ours} | published ${m.theirs}`);
  }
  return `${lines.join('\n')}\n`;
}

export function parityMarkdown(results: VariantResult[]): string {
  const rows = results.map((r) => {
    const modes = r.failed
      ? `not built: ${r.failed.replace(/\|/g, '\\|')}`
      : r.modes.map((m) => `${m.mode} ${m.matched}/${m.total}${m.oursMissing ? ' (no such mode)' : ''}`).join(', ');
    return `| ${r.system} | ${r.pkg}@${r.version} | ${r.licence} | ${r.layout} | ${modes} | ${r.failed ? '' : r.ms} | ${(r.differences ?? '').replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Published-CSS parity',
    '',
    'Written by `npx tsx scripts/token-parity.ts` (part of `npm run corpus`). Per mode: values equal / tokens both sides have,',
    "our tokens.css (`:root`, plus the mode's block) against the CSS the package publishes, every var() resolved on both sides.",
    '',
    '| system | package | licence | sources | matched/total per mode | build ms | where values differ |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Modes that match fewer values than recorded (a failed build counts as none). */
export function belowFloor(result: VariantResult, floor: Record<string, number>): string[] {
  return Object.entries(floor).flatMap(([mode, min]) => {
    const matched = result.modes.find((m) => m.mode === mode)?.matched ?? 0;
    return matched < min ? [`${result.system} (${result.layout}) ${mode}: ${matched} values equal, was ${min}`] : [];
  });
}
