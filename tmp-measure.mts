import { loadConfig } from './generator/core/config.ts';
import { createMemoryLogger } from './generator/core/logger.ts';
import { loadDesign } from './generator/source/load-design.ts';
import { buildTokens } from './generator/tokens/build-tokens.ts';
import { buildIr } from './generator/ir/build-ir.ts';
import { deterministicGenerator, componentPaths } from './generator/generate/deterministic.ts';
import { buildPrompt } from './generator/generate/model/build-prompt.ts';
import { relevantTokens } from './generator/generate/model/relevant-tokens.ts';
import { validateFiles } from './generator/generate/gate/validate-files.ts';
import { relative } from 'node:path';
const logger = createMemoryLogger();
const config = await loadConfig({ cwd: process.cwd(), env: {} });
const design = await loadDesign(config, logger);
const tokens = await buildTokens(design, config, logger);
const { components } = buildIr(design, tokens.index, config, []);
const rows = [];
const all = [];
for (const c of components) {
  const paths = { components: config.paths.components, stories: config.paths.stories };
  const input = { component: c, tokens: tokens.index, existing: components.filter((o) => o !== c).map((o) => ({ name: o.name, props: o.props })), paths, fileKey: design.fileKey };
  const draft = await deterministicGenerator.generate(input);
  all.push(...draft.files);
  const at = componentPaths(c.name, paths);
  const { tokens: t, rawValues } = relevantTokens(c, tokens.index);
  const code = draft.files.filter((f) => !f.path.endsWith('.stories.tsx'));
  const messages = buildPrompt({ component: c, tokens: t, rawValues, files: { tsx: relative(config.root, at.tsx), css: relative(config.root, at.css) }, draft: code.map((f) => ({ path: relative(config.root, f.path), content: f.content })), existing: input.existing });
  const chars = messages.reduce((n, m) => n + m.content.length, 0);
  const draftChars = code.reduce((n, f) => n + f.content.length, 0);
  rows.push({ name: c.name, nodes: c.stats.nodes, props: c.props.length, variants: c.variants.length, tokens: t.length, promptChars: chars, estTokens: Math.ceil(chars / 4), draftChars });
}
rows.sort((a, b) => a.nodes - b.nodes);
console.table(rows);
const ctx = { root: config.root, outputDirs: [config.paths.components, config.paths.stories, config.paths.tokens], storiesDir: config.paths.stories, tokens: tokens.index };
for (const [label, files] of [['all (cold)', all], ['all (warm)', all], ['components only', all.filter((f) => !f.path.includes('stories'))]] as const) {
  const r = await validateFiles([...files], ctx);
  console.log(label, files.length, 'files', Math.round(r.timing.totalMs), 'ms total,', Math.round(r.timing.typeCheckMs), 'ms type-check,', (r.timing.totalMs / files.length).toFixed(1), 'ms/file; rejected', r.rejected.length);
}
const one = all.filter((f) => f.path.includes('/Button/'));
for (let i = 0; i < 3; i++) { const r = await validateFiles(one, { ...ctx, allowedPaths: new Set(one.map((f) => f.path)) }); console.log('one answer (Button tsx+css) warm', Math.round(r.timing.totalMs), 'ms, static', Math.round(r.timing.totalMs - r.timing.typeCheckMs), 'ms'); }
const r = await validateFiles(all, { ...ctx, typeCheck: false }); console.log('static rules only, all files', Math.round(r.timing.totalMs), 'ms', (r.timing.totalMs / all.length).toFixed(2), 'ms/file');
