/**
 * A small Button in ir form, a project in a temp folder, and answers a model might give, for
 * model generator tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../../generator/core/resolve-config.ts';
import type { GeneratorInput } from '../../../generator/generate/generator.ts';
import type { IrComponent } from '../../../generator/ir/types.ts';
import type { TokenRef } from '../../../generator/tokens/token-index.ts';
import { gateTokens } from '../gate/gate-fixtures.ts';

const token = (path: string) => ({ kind: 'token' as const, token: gateTokens.byPath(path) as TokenRef });

export function buttonIr(layerName = 'Label'): IrComponent {
  return {
    name: 'Button',
    figmaName: 'Button',
    nodeId: '1:2',
    kind: 'component-set',
    description: 'Primary action.',
    role: 'button',
    props: [
      {
        kind: 'variant',
        name: 'variant',
        figmaName: 'Variant',
        values: ['primary', 'secondary'],
        figmaValues: ['Primary', 'Secondary'],
        default: 'primary',
        description: '',
      },
      { kind: 'text', name: 'label', figmaName: 'Label', default: 'Button', description: '' },
    ],
    variants: [
      { nodeId: '1:3', name: 'Variant=Primary', values: { variant: 'primary' } },
      { nodeId: '1:4', name: 'Variant=Secondary', values: { variant: 'secondary' } },
    ],
    root: {
      id: '1:3',
      name: 'Button',
      className: 'root',
      tag: 'button',
      role: 'button',
      attributes: { type: 'button' },
      style: {
        display: { kind: 'keyword', value: 'inline-flex' },
        padding: { kind: 'list', separator: ' ', items: [token('spacing.sm'), token('spacing.md')] },
        background: token('color.bg.brand'),
        'border-radius': token('radius.md'),
      },
      overrides: [{ when: { variant: 'secondary' }, style: { background: { kind: 'keyword', value: 'transparent' } } }],
      content: {
        kind: 'children',
        children: [
          {
            id: '1:5',
            name: layerName,
            className: 'label',
            tag: 'span',
            role: 'text',
            attributes: {},
            style: {
              color: token('color.text.on-brand'),
              'font-family': token('font.family.body'),
              'letter-spacing': { kind: 'raw', value: '0.3px' },
            },
            overrides: [],
            content: { kind: 'text', text: 'Button', prop: 'label' },
          },
        ],
      },
    },
    dependencies: [],
    findings: [],
    stats: { nodes: 2, exact: 5, approximate: 0, raw: 1 },
    size: { width: 120, height: 40 },
  };
}

export function modelProject(
  env: Record<string, string> = {},
  generator: Record<string, unknown> = {},
): { root: string; config: ResolvedConfig; at: (rel: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'ds-model-'));
  const parsed = configSchema.parse({ generator: { maxRepairRounds: 2, ...generator } });
  const config = resolveConfig(parsed, root, undefined, env, {});
  return { root, config, at: (rel: string) => join(root, rel) };
}

export function generatorInput(config: ResolvedConfig, component = buttonIr()): GeneratorInput {
  return {
    component,
    tokens: gateTokens,
    existing: [],
    paths: { components: config.paths.components, stories: config.paths.stories },
    fileKey: 'FILEKEY',
  };
}

export const goodTsx = `import type { ComponentPropsWithoutRef } from 'react';
import styles from './Button.module.css';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Visual weight of the action. */
  variant?: 'primary' | 'secondary';
  /** Visible text. */
  label?: string;
}

/** The primary action of a view. */
export function Button({ variant = 'primary', label = 'Button', className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} data-variant={variant} className={[styles.root, className].filter(Boolean).join(' ')} {...rest}>
      <span className={styles.label}>{label}</span>
    </button>
  );
}
`;

export const goodCss = `.root {
  display: inline-flex;
  padding: var(--spacing-sm) var(--spacing-md);
  border-radius: var(--radius-md);
  background: var(--color-bg-brand);
  border: 0;
}
.root[data-variant='secondary'] {
  background: transparent;
}
.root:focus-visible {
  outline: var(--radius-md) solid var(--color-bg-brand);
}
.label {
  color: var(--color-text-on-brand);
  font-family: var(--font-family-body), sans-serif;
  letter-spacing: 0.3px;
}
`;

export function answerJson(
  files: { tsx?: string; css?: string; extra?: { path: string; content: string }[] } = {},
): string {
  return JSON.stringify({
    files: [
      { path: 'src/Button/Button.tsx', content: files.tsx ?? goodTsx },
      { path: 'src/Button/Button.module.css', content: files.css ?? goodCss },
      ...(files.extra ?? []),
    ],
    props: [
      { name: 'variant', type: "'primary' | 'secondary'", description: 'Visual weight.' },
      { name: 'label', type: 'string', description: 'Visible text.' },
    ],
    notes: 'Kept the draft props; added a focus ring.',
  });
}

/** A Card that renders a Button: a component of the run importing another one. */
export function cardIr(): IrComponent {
  const text = (id: string, className: string, value: string, prop: string) => ({
    id,
    name: className,
    className,
    tag: 'span',
    role: 'text' as const,
    attributes: {},
    style: { color: token('color.text.on-brand') },
    overrides: [],
    content: { kind: 'text' as const, text: value, prop },
  });
  return {
    name: 'Card',
    figmaName: 'Card',
    nodeId: '2:1',
    kind: 'component',
    description: '',
    role: 'container',
    props: [{ kind: 'text', name: 'title', figmaName: 'Title', default: 'Card', description: '' }],
    variants: [],
    root: {
      id: '2:1',
      name: 'Card',
      className: 'root',
      tag: 'div',
      role: 'container',
      attributes: {},
      style: { display: { kind: 'keyword', value: 'flex' }, padding: token('spacing.md') },
      overrides: [],
      content: {
        kind: 'children',
        children: [
          text('2:2', 'title', 'Card', 'title'),
          {
            id: '2:3',
            name: 'Action',
            className: 'action',
            tag: 'div',
            role: 'container',
            attributes: {},
            style: {},
            overrides: [],
            content: {
              kind: 'instance',
              component: 'Button',
              props: { variant: { kind: 'string', value: 'secondary' } },
            },
          },
        ],
      },
    },
    dependencies: ['Button'],
    findings: [],
    stats: { nodes: 3, exact: 3, approximate: 0, raw: 0 },
    size: { width: 240, height: 120 },
  };
}

/** A model's Card; `button` is the JSX it renders the Button with, `imports` extra import lines. */
export function cardTsx(button = '<Button variant="secondary" label="Open" />', imports = ''): string {
  return `import type { ComponentPropsWithoutRef } from 'react';
import { Button } from '../Button/Button.tsx';
${imports}import styles from './Card.module.css';

export interface CardProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** Heading of the card. */
  title?: string;
}

/** A card with one action. */
export function Card({ title = 'Card', className, ...rest }: CardProps) {
  return (
    <section className={[styles.root, className].filter(Boolean).join(' ')} {...rest}>
      <span className={styles.title}>{title}</span>
      ${button}
    </section>
  );
}
`;
}

export const cardCss = `.root {
  display: flex;
  padding: var(--spacing-md);
}
.title {
  color: var(--color-text-on-brand);
}
`;

export function cardAnswerJson(tsx = cardTsx()): string {
  return JSON.stringify({
    files: [
      { path: 'src/Card/Card.tsx', content: tsx },
      { path: 'src/Card/Card.module.css', content: cardCss },
    ],
    props: [{ name: 'title', type: 'string', description: 'Heading of the card.' }],
    notes: 'Reused Button for the action.',
  });
}
