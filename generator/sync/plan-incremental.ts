import type { GeneratorStamp, Manifest, ManifestFile } from '../handoff/manifest.ts';
import { stableJson } from '../handoff/hash.ts';

/**
 * Decides which components a sync regenerates (added, changed, unchanged, removed) from the last
 * manifest and the design as it is now.
 */

/** A component as the design describes it now, before anything is generated. */
export interface ComponentSource {
  name: string;
  nodeIds: string[];
  /** Hash of the node JSON it is generated from (`hashJson(node)`). */
  sourceHash: string;
}

export interface IncrementalInputs {
  tokensHash: string;
  generator: GeneratorStamp;
}

export interface IncrementalPlan {
  /** In the design, not in the manifest. */
  added: string[];
  /** In both, but source, tokens or generator differ (or a file of it is missing from the manifest). */
  changed: string[];
  /** In both and nothing differs: not regenerated, not re-prompted, not re-checked. */
  unchanged: string[];
  /** In the manifest, no longer in the design: their files are proposed for removal, never deleted. */
  removed: string[];
  /** Why each added/changed component is regenerated. */
  reasons: Record<string, string>;
}

/** Which components must be regenerated, from the last manifest and the design as it is now. */
export function planIncremental(
  manifest: Manifest,
  components: ComponentSource[],
  inputs: IncrementalInputs,
): IncrementalPlan {
  const byComponent = new Map<string, ManifestFile[]>();
  for (const file of Object.values(manifest.files)) {
    if (file.component === undefined) continue;
    const list = byComponent.get(file.component) ?? [];
    list.push(file);
    byComponent.set(file.component, list);
  }
  const plan: IncrementalPlan = { added: [], changed: [], unchanged: [], removed: [], reasons: {} };
  const stamp = stableJson(inputs.generator);
  for (const component of components) {
    const files = byComponent.get(component.name);
    if (!files || files.length === 0) {
      plan.added.push(component.name);
      plan.reasons[component.name] = 'new component';
      continue;
    }
    // A file waiting on a steward's conflict resolution counts as generated from its pending inputs.
    const inputsOf = (f: ManifestFile) => f.pending ?? f;
    const reason = files.some((f) => inputsOf(f).sourceHash !== component.sourceHash)
      ? 'design changed'
      : files.some((f) => inputsOf(f).tokensHash !== inputs.tokensHash)
        ? 'tokens changed'
        : files.some((f) => stableJson(inputsOf(f).generator) !== stamp)
          ? 'generator changed'
          : undefined;
    if (reason === undefined) plan.unchanged.push(component.name);
    else {
      plan.changed.push(component.name);
      plan.reasons[component.name] = reason;
    }
  }
  const current = new Set(components.map((c) => c.name));
  plan.removed = [...byComponent.keys()].filter((name) => !current.has(name)).sort();
  return plan;
}

/** Components a sync regenerates (new or changed). */
export function regenerated(plan: IncrementalPlan): string[] {
  return [...plan.added, ...plan.changed];
}
