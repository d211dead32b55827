/**
 * The CSF3 story file of a component: args and argTypes from its props, one story per variant the
 * design draws, an all-states story, and the Figma node each story renders (for the check stage).
 */
import type { IrComponent, IrProp, IrVariant } from '../ir/types.ts';
import { NameRegistry, pascalCase } from '../ir/identifiers.ts';
import { tsHeader } from './header.ts';
import { stringLiteral } from './jsx.ts';
import { propDefaultLiteral, variantLiteral } from './prop-literal.ts';
import { figmaNodeUrl } from '../source/figma-url.ts';

/** Stories beyond this many variants are left to the all-states story. */
const MAX_VARIANT_STORIES = 24;

/** A prop's arg in the story: its default as a literal, except an empty text, which is left out. */
function argValue(prop: IrProp): string | undefined {
  return prop.kind === 'text' && prop.default === '' ? undefined : propDefaultLiteral(prop);
}

function argType(prop: IrProp): string | undefined {
  switch (prop.kind) {
    case 'variant':
      return prop.boolean
        ? `{ control: 'boolean' }`
        : `{ control: 'select', options: [${prop.values.map(stringLiteral).join(', ')}] }`;
    case 'boolean':
      return `{ control: 'boolean' }`;
    case 'text':
    case 'label':
    case 'image':
      return `{ control: 'text' }`;
    case 'slot':
      return `{ control: false }`;
  }
}

function designSync(fileKey: string | undefined, nodeId: string): string {
  return `{ fileKey: ${fileKey === undefined ? 'undefined' : stringLiteral(fileKey)}, nodeId: ${stringLiteral(nodeId)} }`;
}

/** The args that differ from the defaults for one variant. */
function variantArgs(component: IrComponent, variant: IrVariant): string[] {
  return component.props.flatMap((p) =>
    p.kind === 'variant' && variant.values[p.name] !== undefined && variant.values[p.name] !== p.default
      ? [`${p.name}: ${variantLiteral(p, variant.values[p.name]!)}`]
      : [],
  );
}

function storyName(component: IrComponent, variant: IrVariant): string {
  const parts = component.props.flatMap((p) => {
    if (p.kind !== 'variant' || variant.values[p.name] === p.default) return [];
    const value = variant.values[p.name] ?? '';
    return [
      p.boolean ? (value === 'true' ? pascalCase(p.name) : `Not${pascalCase(p.name)}`) : pascalCase(value, 'Value'),
    ];
  });
  return parts.join('') || 'Default';
}

export function renderStory(component: IrComponent, fileKey: string | undefined, importPath: string): string {
  const name = component.name;
  const group = component.kind === 'frame' ? 'Screens' : component.role === 'icon' ? 'Icons' : 'Components';
  const args = component.props.flatMap((p) => {
    const v = argValue(p);
    return v === undefined ? [] : [`${p.name}: ${v}`];
  });
  const argTypes = component.props.flatMap((p) => {
    const t = argType(p);
    return t === undefined ? [] : [`${p.name}: ${t}`];
  });
  const design =
    fileKey === undefined
      ? ''
      : `design: { type: 'figma', url: ${stringLiteral(figmaNodeUrl(fileKey, component.variants[0]?.nodeId ?? component.nodeId))} },`;
  const names = new NameRegistry(['meta', 'AllStates', 'Story', name]);
  const stories: string[] = [];
  const variants =
    component.variants.length > 0
      ? component.variants
      : [{ nodeId: component.nodeId, name: component.figmaName, values: {} }];
  for (const variant of variants.slice(0, MAX_VARIANT_STORIES)) {
    const story = names.take(storyName(component, variant));
    const extra = variantArgs(component, variant);
    const parts = [
      extra.length > 0 ? `args: { ${extra.join(', ')} },` : '',
      `parameters: { designSync: ${designSync(fileKey, variant.nodeId)} },`,
    ].filter(Boolean);
    stories.push(
      `/** Figma variant "${variant.name.replace(/\*\//g, '* /').replace(/[\r\n]/g, ' ')}". */\nexport const ${story}: Story = {\n${parts.join('\n')}\n};`,
    );
  }
  if (component.variants.length > 1) {
    const items = component.variants.map((v) => {
      const extra = variantArgs(component, v).map((a) => a.replace(/^(\w+): /, '$1={').concat('}'));
      return `<${name} key=${stringLiteral(v.nodeId).replace(/^'|'$/g, '"')} {...args} ${extra.join(' ')} />`;
    });
    stories.push(`/** Every variant side by side, for visual checks. */
export const AllStates: Story = {
  parameters: { designSync: ${designSync(fileKey, component.nodeId)} },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start' }}>
      ${items.join('\n')}
    </div>
  ),
};`);
  }
  return `${tsHeader(component)}import type { Meta, StoryObj } from '@storybook/react-vite';
import { ${name} } from ${stringLiteral(importPath)};

const meta = {
  title: ${stringLiteral(`${group}/${name}`)},
  component: ${name},
  args: { ${args.join(', ')} },
  argTypes: { ${argTypes.join(', ')} },
  parameters: {
    ${design}
    designSync: ${designSync(fileKey, component.nodeId)},
  },
} satisfies Meta<typeof ${name}>;

export default meta;
type Story = StoryObj<typeof meta>;

${stories.join('\n\n')}
`;
}
