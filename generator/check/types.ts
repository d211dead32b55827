/**
 * The check stage's result types, derived from the zod schemas in `./check-schema.ts` (one
 * definition: what the checks produce is what report.json is validated against when read back).
 */
import type { z } from 'zod';
import type {
  a11yModeSchema,
  a11yViolationSchema,
  axeImpactSchema,
  baselineComparisonSchema,
  boxSchema,
  checkResultsSchema,
  checkStageSchema,
  checkStatusSchema,
  checkSummarySchema,
  componentCheckSchema,
  componentGeneratorSchema,
  figmaRefSchema,
  layoutNodeSchema,
  layoutSchema,
  responsiveSchema,
  responsiveWidthSchema,
  storyCheckSchema,
  tokenLintFindingSchema,
  tokenLintResultSchema,
  typeDiagnosticSchema,
  typecheckResultSchema,
  visualComparisonSchema,
  visualSchema,
} from './check-schema.ts';

export { AXE_IMPACTS } from './check-schema.ts';

export type CheckStatus = z.output<typeof checkStatusSchema>;
export type AxeImpact = z.output<typeof axeImpactSchema>;
export type Box = z.output<typeof boxSchema>;
export type FigmaRef = z.output<typeof figmaRefSchema>;
export type TypeDiagnostic = z.output<typeof typeDiagnosticSchema>;
export type TypecheckResult = z.output<typeof typecheckResultSchema>;
export type TokenLintFinding = z.output<typeof tokenLintFindingSchema>;
export type TokenLintResult = z.output<typeof tokenLintResultSchema>;
export type A11yViolation = z.output<typeof a11yViolationSchema>;
export type A11yModeResult = z.output<typeof a11yModeSchema>;
export type LayoutNodeResult = z.output<typeof layoutNodeSchema>;
export type LayoutResult = z.output<typeof layoutSchema>;
export type VisualComparison = z.output<typeof visualComparisonSchema>;
export type BaselineComparison = z.output<typeof baselineComparisonSchema>;
export type VisualResult = z.output<typeof visualSchema>;
export type ResponsiveWidthResult = z.output<typeof responsiveWidthSchema>;
export type ResponsiveResult = z.output<typeof responsiveSchema>;
export type StoryCheck = z.output<typeof storyCheckSchema>;
export type CheckSummary = z.output<typeof checkSummarySchema>;
export type ComponentGeneratorInfo = z.output<typeof componentGeneratorSchema>;
export type ComponentCheck = z.output<typeof componentCheckSchema>;
export type CheckStage = z.output<typeof checkStageSchema>;
export type CheckResults = z.output<typeof checkResultsSchema>;
