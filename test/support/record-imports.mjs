// A module-resolution hook (node --import) that prints every package a module outside node_modules
// imports or requires, as `IMPORT <package>` on stderr: how a test sees what loading a module pulls in.
/* global process */
import Module, { register } from 'node:module';

const PACKAGE = /^[.\\/]|^node:|^file:|^data:/;
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (!${PACKAGE}.test(specifier) && context.parentURL && !context.parentURL.includes('/node_modules/')) {
    const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    process.stderr.write('IMPORT ' + name + '\\n');
  }
  return next(specifier, context);
}`),
);

// require() (createRequire in an ES module, for CommonJS packages) does not pass the hook above.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const from = parent?.filename ?? '';
  if (!PACKAGE.test(request) && !Module.isBuiltin(request) && from && !from.includes('/node_modules/'))
    process.stderr.write(`IMPORT ${packageName(request)}\n`);
  return load.call(this, request, parent, isMain);
};
