import { fileURLToPath } from 'node:url';
import { createMainConfig } from './main-config.ts';
import { projectPaths } from './project-paths.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));
export default createMainConfig(projectPaths(fileURLToPath(new URL('..', import.meta.url)), configDir));
