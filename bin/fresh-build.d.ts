/** True when `<root>/dist/cli/inputs.json` exists and no file it lists changed since the build. */
export function freshBuild(root: string): boolean;
