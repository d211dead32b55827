import ts from 'typescript';

/**
 * The TypeScript compiler options generated components and stories must compile under, whatever
 * the host project's tsconfig says: the validation gate's in-process type-check and the check
 * stage's tsc run both use these, so the two cannot disagree on the same file.
 */

/**
 * tsconfig `compilerOptions` (JSON form). No ambient `types`: components must not lean on Node or
 * test globals, and loading every @types package costs seconds.
 */
export const GENERATED_COMPILER_OPTIONS = {
  target: 'es2022',
  lib: ['es2023', 'dom', 'dom.iterable'],
  module: 'esnext',
  moduleResolution: 'bundler',
  jsx: 'react-jsx',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
} as const satisfies Record<string, unknown>;

/** The same options as the compiler API takes them (enums, lib file names). */
export function generatedCompilerOptions(): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(GENERATED_COMPILER_OPTIONS, process.cwd());
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, ' '));
  return options;
}
