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

/** Storybook ids use the export name split at case changes ("AllStates" -> "all-states"). */
function storyNameFromExport(exportName: string): string {
  return exportName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
}

/** A link to a Figma node in the design app. */
export function figmaNodeUrl(fileKey: string, nodeId: string): string {
  return `https://www.figma.com/design/${encodeURIComponent(fileKey)}/?node-id=${encodeURIComponent(nodeId.replace(/:/g, '-'))}`;
}
