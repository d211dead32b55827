/** The sync branch name `design-sync/<file>-<version>`, made only of characters git accepts in a ref. */

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.lock$/i, '')
    .slice(0, 60)
    .toLowerCase();
}

/**
 * `design-sync/<file>-<version>`: one branch per design version, so re-running the sync of the
 * same version updates the same pull request. Only characters git accepts in a ref survive.
 */
export function branchName(prefix: string, file: string | undefined, version: string | undefined): string {
  const name = slug(file ?? '') || 'design';
  const ver = slug(version ?? '') || 'local';
  const cleanPrefix = prefix.split('/').map(slug).filter(Boolean).join('/');
  return `${cleanPrefix ? `${cleanPrefix}/` : ''}${name}-${ver}`;
}
