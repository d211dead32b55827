// A module-resolution hook (node --import) that prints every package a module outside node_modules
// imports, as `IMPORT <package>` on stderr: how a test sees what loading a module pulls in.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (!/^[.\\/]|^node:|^file:|^data:/.test(specifier) && context.parentURL && !context.parentURL.includes('/node_modules/')) {
    const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    process.stderr.write('IMPORT ' + name + '\\n');
  }
  return next(specifier, context);
}`),
);
