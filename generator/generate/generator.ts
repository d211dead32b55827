/**
 * The interface every component generator implements: the deterministic one (templates, no
 * model) and the model-backed one. Both take one ir component and return planned files; the
 * shared validation gate then decides which files are written.
 */
import type { PlannedFile } from '../core/plan.ts';
import type { IrComponent, IrProp } from '../ir/types.ts';
import type { TokenIndex } from '../tokens/token-index.ts';

/** A component already generated in this run (or present in src/), which a component may import. */
export interface ExistingComponent {
  name: string;
  props: IrProp[];
}

export interface GeneratorPaths {
  /** Absolute folder for components (config.paths.components). */
  components: string;
  /** Absolute folder for stories (config.paths.stories). */
  stories: string;
}

export interface GeneratorInput {
  component: IrComponent;
  tokens: TokenIndex;
  existing: ExistingComponent[];
  paths: GeneratorPaths;
  /** Figma file key, for story parameters and design URLs. */
  fileKey: string | undefined;
  /** The deterministic output, which a model generator may refine. */
  draft?: GeneratorOutput;
  /** The component's asset files (exported drawings, images): from the design, gated with its code, never a model's. */
  assets?: PlannedFile[];
}

export interface GeneratorInfo {
  kind: 'deterministic' | 'model';
  model?: string;
  attempts: number;
  usage?: { prompt: number; completion: number };
  costUsd?: number;
  notes: string[];
}

export interface GeneratorOutput {
  /** The component's files: `<Name>/<Name>.tsx`, `<Name>/<Name>.module.css`, `stories/<Name>.stories.tsx`. */
  files: PlannedFile[];
  generator: GeneratorInfo;
}

export interface ComponentGenerator {
  kind: 'deterministic' | 'model';
  generate(input: GeneratorInput): Promise<GeneratorOutput>;
}
