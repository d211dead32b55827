/**
 * A component's check fingerprint: a hash of everything its check results depend on, so a run
 * whose inputs did not change reuses the previous results instead of starting Chromium. Inputs:
 * the bytes of its files and of the components it imports, the token custom properties its files
 * use (followed through `var()` aliases, every mode's value), the Figma nodes and renders its
 * stories point at, the fonts loaded, the check settings and modes, and design-sync's version.
 * Approved baselines are not part of it: a run that approves baselines (`check --approve`) re-checks.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { VERSION } from '../core/version.ts';
import { hashJson, sha256 } from '../handoff/hash.ts';
import type { DiscoveredComponent } from './discover-components.ts';

export interface FingerprintInputs {
  root: string;
  /** The token CSS the stories render with (every mode block), when there is one. */
  tokensCss: string | undefined;
  /** Font stylesheets loaded on the check page. */
  fonts: readonly string[];
  /** Check settings that shape results: thresholds, modes, render scale, widths. */
  settings: unknown;
  /** Figma node and render per node id, for the stories' designSync.nodeId. */
  node: (id: string) => unknown;
  /** The PNG file of Figma's render of a node, when the snapshot has one. */
  renderPath: (id: string) => string | undefined;
}

const VAR = /var\(\s*(--[\w-]+)/g;
const DECLARATION = /(--[\w-]+)\s*:\s*([^;}]+)[;}]/g;
const COMPONENT_IMPORT = /from\s+['"]\.\.\/([\w-]+)\//g;
const NODE_ID = /nodeId:\s*['"]([^'"]+)['"]/g;

/** Custom property -> its values in every block of the token CSS, in order (one per mode). */
export function tokenValues(css: string | undefined): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [, name, value] of (css ?? '').matchAll(DECLARATION)) {
    values.set(name!, [...(values.get(name!) ?? []), value!.trim()]);
  }
  return values;
}

/** The token properties `text` uses, with the properties their values alias, sorted. */
export function usedTokens(text: string, values: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const queue = [...text.matchAll(VAR)].map((m) => m[1]!);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    for (const value of values.get(name) ?? []) for (const [, alias] of value.matchAll(VAR)) queue.push(alias!);
  }
  return [...seen].sort();
}

/** Fingerprints of the given components, by name. */
export async function componentFingerprints(
  components: readonly DiscoveredComponent[],
  inputs: FingerprintInputs,
): Promise<Map<string, string>> {
  const byName = new Map(components.map((c) => [c.name, c]));
  const contents = new Map<string, Buffer>();
  for (const component of components) {
    for (const file of component.files) contents.set(file, await readFile(file));
  }
  const values = tokenValues(inputs.tokensCss);
  const global = hashJson({ version: VERSION, fonts: [...inputs.fonts].sort(), settings: inputs.settings });
  const posix = (file: string) => relative(inputs.root, file).split(sep).join('/');

  /** The component and every component it imports, transitively. */
  const closure = (name: string): DiscoveredComponent[] => {
    const out = new Map<string, DiscoveredComponent>();
    const queue = [name];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const component = byName.get(next);
      if (!component || out.has(next)) continue;
      out.set(next, component);
      for (const file of component.files) {
        if (!/\.(tsx?|jsx?)$/.test(file) || basename(file).includes('.stories.')) continue;
        for (const [, imported] of contents.get(file)!.toString('utf8').matchAll(COMPONENT_IMPORT))
          queue.push(imported!);
      }
    }
    return [...out.values()];
  };

  const fingerprints = new Map<string, string>();
  for (const component of components) {
    const files = closure(component.name)
      .flatMap((c) => c.files)
      .sort();
    const text = files.map((file) => contents.get(file)!.toString('utf8')).join('\n');
    const nodeIds = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[1]!))].sort();
    fingerprints.set(
      component.name,
      hashJson({
        global,
        files: files.map((file) => [posix(file), sha256(contents.get(file)!)]),
        tokens: usedTokens(text, values).map((name) => [name, values.get(name) ?? null]),
        design: await Promise.all(
          nodeIds.map(async (id) => {
            const path = inputs.renderPath(id);
            const render = path === undefined ? undefined : await readFile(path).catch(() => undefined);
            return [id, hashJson(inputs.node(id) ?? null), render ? sha256(render) : null];
          }),
        ),
      }),
    );
  }
  return fingerprints;
}
