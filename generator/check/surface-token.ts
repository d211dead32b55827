/**
 * The page background token in built token CSS: what a theme's components sit on. axe judges text
 * contrast against what is behind it, so a dark mode must be checked on the dark surface, not on
 * a white page. Conventional names only; undefined when the tokens have none.
 */
const SURFACE = /^--(?:color-)?(?:bg|background|surface|canvas)(?:-(?:default|page|base|primary|app))?$/;
const PREFERENCE = ['bg', 'background', 'canvas', 'surface'];

export function surfaceVariable(css: string): string | undefined {
  const names = [...new Set([...css.matchAll(/(--[A-Za-z0-9_-]+)\s*:/g)].map((m) => m[1]!))].filter((name) =>
    SURFACE.test(name),
  );
  const rank = (name: string) => {
    const word = PREFERENCE.findIndex((p) => name.includes(`-${p}`));
    return (word < 0 ? PREFERENCE.length : word) * 10 + name.split('-').length;
  };
  return names.sort((a, b) => rank(a) - rank(b))[0];
}
