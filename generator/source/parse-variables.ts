import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { inputError } from '../core/errors.ts';
import type { DesignVariables } from './design.ts';
import { isPlainObject, pathKey } from './validate-tree.ts';

/** Parses and checks a Figma variables/local response, with or without its envelope, into `DesignVariables`. */

const HINT = 'Expected a GET /v1/files/:key/variables/local response, saved unchanged.';

/**
 * Parses a variables/local response, with or without its `{status, error, meta}` envelope.
 * Checks what the tokens stage relies on: ids, names, modes and `valuesByMode`.
 */
export function parseVariables(raw: unknown, where: string, path = '$'): DesignVariables {
  if (!isPlainObject(raw)) throw inputError('input/variables', `${where}: ${path}: expected an object`, { hint: HINT });
  if (raw.error === true) {
    throw inputError(
      'input/error-response',
      `${where}: is a saved Figma error response (status ${String(raw.status)}): ${String(raw.message ?? raw.err ?? '')}`,
      {
        hint: HINT,
      },
    );
  }
  const body = isPlainObject(raw.meta) ? raw.meta : raw;
  const at = body === raw ? path : `${path}.meta`;
  const variables = expectMap(body.variables, pathKey(at, 'variables'), where);
  const collections = expectMap(body.variableCollections, pathKey(at, 'variableCollections'), where);
  for (const [id, collection] of Object.entries(collections)) {
    const p = pathKey(pathKey(at, 'variableCollections'), id);
    if (
      !isPlainObject(collection) ||
      typeof collection.id !== 'string' ||
      typeof collection.name !== 'string' ||
      !Array.isArray(collection.modes)
    ) {
      throw inputError('input/variables', `${where}: ${p}: expected a collection with "id", "name" and "modes"`, {
        hint: HINT,
      });
    }
  }
  for (const [id, variable] of Object.entries(variables)) {
    const p = pathKey(pathKey(at, 'variables'), id);
    if (
      !isPlainObject(variable) ||
      typeof variable.id !== 'string' ||
      typeof variable.name !== 'string' ||
      typeof variable.resolvedType !== 'string' ||
      typeof variable.variableCollectionId !== 'string' ||
      !isPlainObject(variable.valuesByMode)
    ) {
      throw inputError(
        'input/variables',
        `${where}: ${p}: expected a variable with "id", "name", "resolvedType", "variableCollectionId" and "valuesByMode"`,
        {
          hint: HINT,
        },
      );
    }
  }
  return {
    variables: variables as Record<string, LocalVariable>,
    variableCollections: collections as Record<string, LocalVariableCollection>,
  };
}

function expectMap(value: unknown, path: string, where: string): Record<string, unknown> {
  if (!isPlainObject(value))
    throw inputError('input/variables', `${where}: ${path}: expected an object map`, { hint: HINT });
  return value;
}
