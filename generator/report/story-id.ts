/** Storybook's story id for a CSF title and export name (its `toId`), so links into a hosted Storybook resolve. */
export function storyId(title: string, exportName: string): string {
  return `${sanitize(title)}--${sanitize(storyNameFromExport(exportName))}`;
}

/** Storybook's `sanitize`: lower case, punctuation and spaces to single dashes. */
function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** Storybook's `storyNameFromExport` (its `toStartCaseStr`): "AllStates" -> "All States", "size2" -> "Size 2". */
function storyNameFromExport(exportName: string): string {
  return exportName
    .replace(/[_.-]/g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, (_m, a: string, b: string, c: string) => `${a} ${b}${c}`)
    .replace(/([a-z])([A-Z])/g, (_m, a: string, b: string) => `${a} ${b}`)
    .replace(/([a-z])([0-9])/gi, (_m, a: string, b: string) => `${a} ${b}`)
    .replace(/([0-9])([a-z])/gi, (_m, a: string, b: string) => `${a} ${b}`)
    .replace(/(\s|^)(\w)/g, (_m, a: string, b: string) => `${a}${b.toUpperCase()}`)
    .replace(/ +/g, ' ')
    .trim();
}
