/**
 * The validation gate's contract. Every generated file (deterministic or from a model) passes the
 * gate before it is written; a rejected file is reported with the rule it broke and never written.
 */
import type { PlannedFile } from '../../core/plan.ts';
import type { TokenIndex } from '../../tokens/token-index.ts';

/** Stable rule ids; tests and reports key on them. */
export const GATE_RULES = [
  'path/outside',
  'path/unexpected',
  'path/extension',
  'file/too-large',
  'parse/syntax',
  'import/forbidden',
  'import/outside',
  'import/rejected-dependency',
  'import/asset',
  'import/missing-asset',
  'asset/undecodable',
  'svg/unsafe',
  'code/dangerous-html',
  'code/eval',
  'code/dynamic-import',
  'code/require',
  'code/network',
  'code/process',
  'code/global-access',
  'code/obfuscated-access',
  'code/ts-suppression',
  'url/unsafe',
  'element/unsafe',
  'unicode/hidden',
  'css/unsafe',
  'css/global-selector',
  'style/raw-value',
  'type/error',
] as const;
export type GateRule = (typeof GATE_RULES)[number];

export interface GateReason {
  rule: GateRule;
  message: string;
  /** 1-based line in the file, when the rule points at one place. */
  line?: number;
}

export interface GateFileResult {
  path: string;
  ok: boolean;
  reasons: GateReason[];
}

export interface GateResult {
  /** True when every file passed. */
  ok: boolean;
  files: GateFileResult[];
  /** The files that passed, in input order: the only ones a caller may write. */
  accepted: PlannedFile[];
  rejected: GateFileResult[];
  timing: { totalMs: number; typeCheckMs: number };
}

export interface GateContext {
  /** Project root (config.root): type-checking resolves packages from here. */
  root: string;
  /** Output folders a file may live in and relative imports may reach (components, stories, tokens). */
  outputDirs: string[];
  /** The stories folder: files in it may import Storybook packages. */
  storiesDir?: string;
  tokens?: TokenIndex;
  /**
   * Raw style values the design itself has (normalised, e.g. "#ff0000", "13px"). When given, any
   * other raw value is rejected too: a model may not invent colours or sizes the design lacks.
   */
  allowedRawValues?: ReadonlySet<string>;
  /** When given, only these absolute paths may be produced (a model answer for one component). */
  allowedPaths?: ReadonlySet<string>;
  /** Type-check the files with the existing project (default true). */
  typeCheck?: boolean;
  /**
   * Record the type-check's pass in the cache (core/typecheck-record.ts) so the check stage does not
   * type-check the same content again (default true).
   */
  recordPass?: boolean;
  /**
   * Other files of the same run that are not gated here (the other components' drafts or
   * accepted answers): a virtual overlay the type-check sees, so imports between components of
   * a run resolve before anything is on disk. Never validated, reported or returned; a gated
   * file at the same path wins.
   */
  context?: PlannedFile[];
}
