/** The template generator: ir -> component, CSS module and story, with no model involved. */
import { join, relative } from 'node:path';
import type { ComponentGenerator, GeneratorInput, GeneratorOutput } from './generator.ts';
import { renderTsx } from './render-tsx.ts';
import { renderCss } from './render-css.ts';
import { renderStory } from './render-story.ts';
import { formatCode } from './format.ts';
import { toPosix } from '../core/posix-path.ts';

export const PRODUCER = 'generate/deterministic';

/** Where a component's files go. */
export function componentPaths(name: string, paths: GeneratorInput['paths']) {
  const dir = join(paths.components, name);
  return {
    tsx: join(dir, `${name}.tsx`),
    css: join(dir, `${name}.module.css`),
    story: join(paths.stories, `${name}.stories.tsx`),
  };
}

/** The story's import of the component, relative and with its extension. */
export function storyImport(name: string, paths: GeneratorInput['paths']): string {
  const rel = toPosix(relative(paths.stories, componentPaths(name, paths).tsx));
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export const deterministicGenerator: ComponentGenerator = {
  kind: 'deterministic',
  async generate(input: GeneratorInput): Promise<GeneratorOutput> {
    const { component, paths } = input;
    const at = componentPaths(component.name, paths);
    const ids = [component.nodeId];
    const files = [
      {
        path: at.tsx,
        content: await formatCode(renderTsx(component, input.existing), 'tsx'),
        producer: PRODUCER,
        nodeIds: ids,
      },
      { path: at.css, content: await formatCode(renderCss(component), 'css'), producer: PRODUCER, nodeIds: ids },
      {
        path: at.story,
        content: await formatCode(renderStory(component, input.fileKey, storyImport(component.name, paths)), 'tsx'),
        producer: PRODUCER,
        nodeIds: ids,
      },
    ];
    return { files, generator: { kind: 'deterministic', attempts: 1, notes: [] } };
  },
};
