/**
 * Design changes a designer makes between two syncs, applied to a copy of the sample snapshot's
 * JSON: a token value, a variant added to a component set, a component removed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;
type FigmaNode = Json & { id: string; name: string; type: string; children?: FigmaNode[] };

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function find(
  node: FigmaNode,
  test: (n: FigmaNode) => boolean,
  parent?: FigmaNode,
): { node: FigmaNode; parent: FigmaNode | undefined } | undefined {
  if (test(node)) return { node, parent };
  for (const child of node.children ?? []) {
    const hit = find(child, test, node);
    if (hit) return hit;
  }
  return undefined;
}

export class SampleDesign {
  private readonly file: Json & {
    document: FigmaNode;
    components: Record<string, Json>;
    componentSets: Record<string, Json>;
  };
  private readonly variables: Json;
  private readonly meta: Json;
  private nextId = 1;

  constructor(private readonly dir: string) {
    this.file = readJson(join(dir, 'file.json'));
    this.variables = readJson(join(dir, 'variables.json'));
    this.meta = readJson(join(dir, 'meta.json'));
  }

  private componentSet(name: string): { node: FigmaNode; parent: FigmaNode | undefined } {
    const hit = find(this.file.document, (n) => n.type === 'COMPONENT_SET' && n.name === name);
    if (!hit) throw new Error(`no component set "${name}" in the sample`);
    return hit;
  }

  /** Sets a COLOR variable's value in every mode. */
  setColor(variableName: string, rgba: { r: number; g: number; b: number; a: number }): void {
    const meta = this.variables.meta as {
      variables: Record<string, { name: string; valuesByMode: Record<string, unknown> }>;
    };
    const variable = Object.values(meta.variables).find((v) => v.name === variableName);
    if (!variable) throw new Error(`no variable "${variableName}" in the sample`);
    for (const mode of Object.keys(variable.valuesByMode)) variable.valuesByMode[mode] = rgba;
  }

  /** Adds a value to a variant property by cloning the variant that has `from`. */
  addVariant(setName: string, property: string, from: string, value: string): void {
    const { node: set } = this.componentSet(setName);
    const template = set.children?.find((c) => c.name.split(', ').includes(`${property}=${from}`));
    if (!template) throw new Error(`no variant ${property}=${from} in "${setName}"`);
    const clone = JSON.parse(JSON.stringify(template)) as FigmaNode;
    const renumber = (node: FigmaNode) => {
      node.id = `9${this.nextId++}:9`;
      for (const child of node.children ?? []) renumber(child);
    };
    renumber(clone);
    clone.name = template.name.replace(`${property}=${from}`, `${property}=${value}`);
    set.children!.push(clone);
    const defs = set.componentPropertyDefinitions as Record<string, { variantOptions?: string[] }>;
    defs[property]!.variantOptions!.push(value);
    this.file.components[clone.id] = { ...this.file.components[template.id], name: clone.name };
  }

  /** Deletes a component set and its metadata, as when a designer deletes it in Figma. */
  removeComponentSet(setName: string): void {
    const { node, parent } = this.componentSet(setName);
    parent!.children = parent!.children!.filter((c) => c !== node);
    delete this.file.componentSets[node.id];
    for (const variant of node.children ?? []) delete this.file.components[variant.id];
  }

  /** Writes the files back, with a new file version as Figma would report it. */
  save(version: string): void {
    this.meta.version = version;
    (this.file as Json).version = version;
    writeJson(join(this.dir, 'file.json'), this.file);
    writeJson(join(this.dir, 'variables.json'), this.variables);
    writeJson(join(this.dir, 'meta.json'), this.meta);
  }
}
