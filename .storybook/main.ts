import { fileURLToPath } from 'node:url';
import { createMainConfig } from './main-config.ts';
import { projectPaths } from './project-paths.ts';

export default createMainConfig(projectPaths(fileURLToPath(new URL('..', import.meta.url))));
