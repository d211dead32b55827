/**
 * The components of one run as the model gate sees them. In a fresh project nothing is on disk
 * yet, so an answer importing another component of the run (Card imports Button) could not
 * type-check alone; the gate gets the others as a virtual overlay instead: the accepted answer
 * when the run has one, else the deterministic draft, else (not reached yet) a typed stand-in.
 * A component outside the run gets nothing, so importing it still fails.
 */
import { existsSync } from 'node:fs';
import type { PlannedFile } from '../../core/plan.ts';
import { componentPaths } from '../deterministic.ts';
import type { GeneratorInput } from '../generator.ts';
import { componentStub } from './component-stub.ts';

export interface RunComponents {
  /** The current files of a component: its draft when it starts, its final files when done. */
  record(name: string, files: PlannedFile[]): void;
  /** Type-checkable files of the other components `input` may import. */
  contextFor(input: GeneratorInput): PlannedFile[];
}

export function createRunComponents(): RunComponents {
  const known = new Map<string, PlannedFile[]>();
  return {
    record(name, files) {
      known.set(
        name,
        files.filter((f) => /\.tsx?$/.test(f.path) && !/\.stories\.tsx?$/.test(f.path)),
      );
    },
    contextFor(input) {
      return input.existing.flatMap((other) => {
        if (other.name === input.component.name) return [];
        const recorded = known.get(other.name);
        if (recorded) return recorded;
        const tsx = componentPaths(other.name, input.paths).tsx;
        // Already on disk: the type-check reads it there.
        if (existsSync(tsx)) return [];
        const stub = componentStub(other.name, other.props, tsx);
        return stub ? [stub] : [];
      });
    },
  };
}
