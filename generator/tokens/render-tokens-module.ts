/** Renders the typed `tokens.ts` module: every token's name, CSS variable and values, `as const`. */

export interface ModuleEntry {
  path: string;
  cssVar: string;
  type: string;
  /** Resolved CSS value in the default mode. */
  value: string;
  /** Resolved CSS value per non-default mode that changes it. */
  modes: Record<string, string>;
}

/** The typed `tokens.ts` module: every token's name, CSS variable and values, `as const`. */
export function renderTokensModule(entries: ModuleEntry[], header: string): string {
  const lines = entries.map((entry) => {
    const modes = Object.entries(entry.modes).filter(([, css]) => css !== entry.value);
    const modeText =
      modes.length > 0
        ? `, modes: { ${modes.map(([mode, css]) => `${JSON.stringify(mode)}: ${JSON.stringify(css)}`).join(', ')} }`
        : '';
    return `  ${JSON.stringify(entry.path)}: { cssVar: ${JSON.stringify(entry.cssVar)}, type: ${JSON.stringify(entry.type)}, value: ${JSON.stringify(entry.value)}${modeText} },`;
  });
  return [
    ...header.split('\n').map((line) => `// ${line}`),
    '',
    'export const tokens = {',
    ...lines,
    '} as const;',
    '',
    'export type TokenPath = keyof typeof tokens;',
    '',
    '/** `var(--…)` for a token path, e.g. cssVar("color.bg.brand"). */',
    'export function cssVar(path: TokenPath): string {',
    '  return `var(${tokens[path].cssVar})`;',
    '}',
    '',
  ].join('\n');
}
