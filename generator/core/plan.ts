/**
 * Stages plan file changes; one place (handoff) applies them. `--dry-run` prints the plan,
 * `--json` serialises it.
 */
export type FileChangeKind = 'create' | 'update' | 'unchanged' | 'merged' | 'conflict' | 'remove-proposed';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  content: string;
  /** Which stage/generator produced it, e.g. "tokens/css" or "generate/deterministic". */
  producer: string;
  /** Figma node ids the file came from, when it came from the design. */
  nodeIds?: string[];
}

export interface FileChange {
  path: string;
  kind: FileChangeKind;
  producer: string;
  /** Content that will be written (absent for unchanged / remove-proposed / conflict). */
  content?: string;
  previous?: string;
  /** Why, for conflicts and proposals. */
  note?: string;
}
