/**
 * Theme modes from the built token CSS: every `[data-theme="<mode>"]` selector, in order. The mode
 * sharing a rule with `:root` is the default and goes first; a `:root` block of its own is the
 * default mode "default".
 */
export function themeModes(css: string, attribute = 'data-theme'): string[] {
  const modes: string[] = [];
  let defaultMode: string | undefined;
  let rootAlone = false;
  const escaped = attribute.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
  const modeRe = new RegExp(`\\[${escaped}=["']?([^"'\\]]+)["']?\\]`, 'g');
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/([^{}]+)\{/g)) {
    const selector = match[1]!;
    const names = [...selector.matchAll(modeRe)].map((m) => m[1]!);
    const hasRoot = /(^|[\s,]):root\b/.test(selector);
    for (const name of names) if (!modes.includes(name)) modes.push(name);
    if (hasRoot && names[0]) defaultMode ??= names[0];
    else if (hasRoot) rootAlone = true;
  }
  if (defaultMode) return [defaultMode, ...modes.filter((mode) => mode !== defaultMode)];
  return rootAlone || !modes.length ? ['default', ...modes] : modes;
}
