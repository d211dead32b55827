/** Pure: one component's check summaries from its stories and the project-wide findings. */
import type { CheckStatus, ComponentCheck, StoryCheck, TokenLintFinding, TypeDiagnostic } from './types.ts';
import type { StoryCheckKey } from './checks/check.ts';
import { STORY_CHECKS } from './checks/index.ts';
import { worstStatus } from './statuses.ts';

export interface ComponentFacts {
  name: string;
  /** Relative to the project root. */
  files: string[];
  generator: ComponentCheck['generator'];
  stories: StoryCheck[];
  /** Undefined when the check did not run. */
  diagnostics: TypeDiagnostic[] | undefined;
  findings: TokenLintFinding[] | undefined;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every per-story check's summary of the component's stories, in the list's order. */
function storySummaries(stories: readonly StoryCheck[]): Pick<ComponentCheck['checks'], StoryCheckKey> {
  const entries = STORY_CHECKS.map((c) => [c.key, c.summarize(stories)] as const);
  // One entry per key of the list, which covers every StoryCheckKey (checks/index.ts asserts it).
  return Object.fromEntries(entries) as Pick<ComponentCheck['checks'], StoryCheckKey>;
}

export function summarizeComponent(facts: ComponentFacts): ComponentCheck {
  const typecheck: ComponentCheck['checks']['typecheck'] = facts.diagnostics
    ? {
        status: facts.diagnostics.length ? 'fail' : 'pass',
        summary: facts.diagnostics.length ? plural(facts.diagnostics.length, 'type error') : 'no type errors',
        diagnostics: facts.diagnostics,
      }
    : { status: 'skipped', summary: 'not run', diagnostics: [] };
  const tokenLint: ComponentCheck['checks']['tokenLint'] = facts.findings
    ? {
        status: facts.findings.length ? 'warn' : 'pass',
        summary: facts.findings.length ? plural(facts.findings.length, 'raw value') : 'only tokens',
        findings: facts.findings,
      }
    : { status: 'skipped', summary: 'not run', findings: [] };
  const checks: ComponentCheck['checks'] = { typecheck, tokenLint, ...storySummaries(facts.stories) };
  const statuses: CheckStatus[] = [
    ...Object.values(checks).map((c) => c.status),
    ...facts.stories.map((s) => s.status),
  ];
  return {
    name: facts.name,
    status: worstStatus(statuses),
    files: facts.files,
    generator: facts.generator,
    rechecked: true,
    checks,
    stories: facts.stories,
  };
}
