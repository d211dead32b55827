import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import type { DesignVariables } from '../source/design.ts';
import type { TokenType } from './token-index.ts';
import type { DraftCollection, DraftToken, TokenProblem } from './token-model.ts';
import { cleanSegment, naturalCompare, normalizedKey } from './token-names.ts';
import { isPlainObject, toColor, toDimension, toFontWeight } from './token-values.ts';

/** Turns Figma variables into one draft token collection per variable collection, inferring each DTCG type. */

const PX_SCOPES = new Set([
  'CORNER_RADIUS',
  'WIDTH_HEIGHT',
  'GAP',
  'STROKE_FLOAT',
  'FONT_SIZE',
  'LINE_HEIGHT',
  'LETTER_SPACING',
  'PARAGRAPH_SPACING',
  'PARAGRAPH_INDENT',
  'EFFECT_FLOAT',
]);
const PX_NAME =
  /(^|[/\s_-])(spacing|space|spaces|gap|padding|margin|radius|radii|rounded|corner|size|sizes|width|height|border|stroke|blur|offset|inset|font-?size|line-?height|letter-?spacing|breakpoint)s?($|[/\s_-])/i;

/** FLOAT variables carry no unit: scopes (or, for ALL_SCOPES, the name) say whether they are px. */
export function inferVariableType(variable: Pick<LocalVariable, 'resolvedType' | 'scopes' | 'name'>): TokenType {
  const scopes = variable.scopes ?? [];
  const broad = scopes.length === 0 || scopes.includes('ALL_SCOPES');
  switch (variable.resolvedType) {
    case 'COLOR':
      return 'color';
    case 'BOOLEAN':
      return 'boolean';
    case 'STRING':
      if (scopes.includes('FONT_FAMILY') || (broad && /font.?famil|typeface/i.test(variable.name))) return 'fontFamily';
      if (scopes.includes('FONT_STYLE') || (broad && /weight/i.test(variable.name))) return 'fontWeight';
      return 'string';
    case 'FLOAT':
      if (scopes.includes('FONT_WEIGHT') || (broad && /weight/i.test(variable.name))) return 'fontWeight';
      if (!broad && scopes.every((scope) => PX_SCOPES.has(scope))) return 'dimension';
      if (broad && PX_NAME.test(variable.name.replace(/\//g, ' / '))) return 'dimension';
      return 'number';
  }
}

function literal(type: TokenType, raw: unknown): unknown {
  switch (type) {
    case 'color':
      return toColor(raw);
    case 'dimension':
      return toDimension(raw);
    case 'fontWeight':
      return toFontWeight(raw) ?? raw;
    default:
      return raw;
  }
}

export interface VariablesResult {
  collections: DraftCollection[];
  problems: TokenProblem[];
}

/**
 * Figma variables -> one draft collection per variable collection. Paths are the variable names
 * split on "/"; a name another collection already uses gets its collection's name in front.
 */
export function fromVariables(variables: DesignVariables, source = 'figma:variables'): VariablesResult {
  const problems: TokenProblem[] = [];
  const collections = Object.values(variables.variableCollections).sort(
    (a, b) => Number(a.remote) - Number(b.remote) || naturalCompare(a.name, b.name),
  );
  const byCollection = new Map<string, LocalVariable[]>();
  for (const variable of Object.values(variables.variables)) {
    const list = byCollection.get(variable.variableCollectionId) ?? [];
    list.push(variable);
    byCollection.set(variable.variableCollectionId, list);
  }
  // The designer's order: the collection's variableIds, as the Figma UI lists them.
  for (const [id, list] of byCollection) {
    const order = new Map(
      (variables.variableCollections[id]?.variableIds ?? []).map((variableId, i) => [variableId, i]),
    );
    list.sort(
      (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || naturalCompare(a.name, b.name),
    );
  }
  for (const [id, list] of byCollection) {
    if (!variables.variableCollections[id]) {
      problems.push({
        severity: 'warning',
        kind: 'orphan-variable',
        message: `${list.length} variable(s) belong to collection ${id}, which the response does not contain; they were skipped`,
        source,
      });
    }
  }

  const pathById = new Map<string, string[]>();
  const taken = new Map<string, string>();
  const planned: { collection: LocalVariableCollection; variable: LocalVariable; path: string[] }[] = [];
  for (const collection of collections) {
    for (const variable of byCollection.get(collection.id) ?? []) {
      let path = variable.name.split('/').map(cleanSegment);
      const owner = taken.get(normalizedKey(path));
      if (owner !== undefined && owner !== collection.id) {
        path = [cleanSegment(collection.name.replace(/\//g, '-')), ...path];
        problems.push({
          severity: 'warning',
          kind: 'renamed-duplicate',
          message: `"${variable.name}" exists in several collections; the one in "${collection.name}" is named ${path.join('.')}`,
          path: path.join('.'),
          source,
        });
      }
      // Figma keeps names unique per collection, but "Font Weight" and "font weight" collide in CSS.
      for (let n = 2; taken.has(normalizedKey(path)); n++) {
        const last = path.length - 1;
        path = [...path.slice(0, last), `${variable.name.split('/').pop()?.trim() ?? 'token'}-${n}`];
        if (n === 2)
          problems.push({
            severity: 'warning',
            kind: 'renamed-duplicate',
            message: `"${variable.name}" in "${collection.name}" has the same name as another variable after normalisation; it is named ${path.join('.')}`,
            path: path.join('.'),
            source,
          });
      }
      taken.set(normalizedKey(path), collection.id);
      pathById.set(variable.id, path);
      planned.push({ collection, variable, path });
    }
  }

  const result = new Map<string, DraftCollection>();
  for (const { collection, variable, path } of planned) {
    const modes = orderedModes(collection);
    let draft = result.get(collection.id);
    if (!draft) {
      draft = { name: collection.name, modes: modes.map((mode) => mode.name), source, tokens: [] };
      result.set(collection.id, draft);
    }
    const type = inferVariableType(variable);
    const values: Record<string, unknown> = {};
    for (const mode of modes) {
      const raw = variable.valuesByMode[mode.modeId] as unknown;
      if (raw === undefined) continue; // validation reports the gap and falls back to the default mode
      if (isPlainObject(raw) && raw.type === 'VARIABLE_ALIAS' && typeof raw.id === 'string') {
        const target = pathById.get(raw.id);
        values[mode.name] = `{${target ? target.join('.') : raw.id}}`;
        continue;
      }
      const value = literal(type, raw);
      if (value === undefined) {
        problems.push({
          severity: 'error',
          kind: 'bad-value',
          message: `${path.join('.')}: mode "${mode.name}" has a value that is not a ${type}: ${JSON.stringify(raw)}`,
          path: path.join('.'),
          source,
        });
        continue;
      }
      values[mode.name] = value;
    }
    const token: DraftToken = {
      path,
      type,
      values,
      collection: collection.name,
      source,
      origin: 'figma-variables',
      variableId: variable.id,
      scopes: variable.scopes ?? [],
      hidden: variable.hiddenFromPublishing === true,
    };
    if (variable.description) token.description = variable.description;
    if (variable.codeSyntax && Object.keys(variable.codeSyntax).length > 0)
      token.codeSyntax = { ...variable.codeSyntax } as Record<string, string>;
    draft.tokens.push(token);
  }
  return { collections: [...result.values()], problems };
}

function orderedModes(collection: LocalVariableCollection) {
  const modes = [...collection.modes];
  const index = modes.findIndex((mode) => mode.modeId === collection.defaultModeId);
  if (index > 0) modes.unshift(...modes.splice(index, 1));
  return modes;
}
