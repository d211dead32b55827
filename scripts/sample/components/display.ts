import type { Paint } from '@figma/rest-api-spec';
import { figmaKey } from '../ids.ts';
import { component, componentSet, instantiate } from '../library.ts';
import { raw, type SNode } from '../nodes.ts';
import type { IconName } from '../icons.ts';
import type { Ctx } from './actions.ts';

const TONE_COLORS: Record<string, { bg: string; fg: string; icon: IconName }> = {
  Neutral: { bg: 'color/neutral-subtle', fg: 'color/neutral-text', icon: 'Info' },
  Info: { bg: 'color/brand-subtle', fg: 'color/brand-text', icon: 'Info' },
  Success: { bg: 'color/success-subtle', fg: 'color/success-text', icon: 'Check' },
  Warning: { bg: 'color/warning-subtle', fg: 'color/warning-text', icon: 'Alert' },
  Danger: { bg: 'color/danger-subtle', fg: 'color/danger-text', icon: 'Alert' },
};
const tone = (name: string | undefined) => TONE_COLORS[name ?? ''] ?? TONE_COLORS.Neutral!;

export function buildBadge(ctx: Ctx, at: [number, number]): SNode {
  return componentSet(ctx.lib, ctx.f, {
    name: 'Badge',
    description: 'A short status label.',
    width: 440,
    at,
    props: [
      { name: 'Tone', type: 'VARIANT', options: ['Neutral', 'Success', 'Warning', 'Danger'] },
      { name: 'Label', type: 'TEXT', default: 'Badge' },
    ],
    variant: (v, key) => ({
      name: '', layout: 'H', pad: ['spacing/0-5', 'spacing/2'], cross: 'CENTER', radius: 'radius/full', fills: [tone(v.Tone).bg],
      children: [ctx.f.text('Label', 'Badge', { style: 'Label/S', color: tone(v.Tone).fg, refs: { characters: key('Label') } })],
    }),
  });
}

const AVATAR = { Md: [32, 'Label/M'], Sm: [24, 'Label/S'], Lg: [48, 'Heading/M'] } as const;

export function buildAvatar(ctx: Ctx, at: [number, number]): SNode {
  const { f } = ctx;
  const photo: Paint = { blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: figmaKey('image:avatar-photo') };
  return componentSet(ctx.lib, f, {
    name: 'Avatar',
    description: 'A person: their photo, or their initials when there is none.',
    width: 400,
    at,
    props: [
      { name: 'Size', type: 'VARIANT', options: ['Md', 'Sm', 'Lg'] },
      { name: 'Type', type: 'VARIANT', options: ['Initials', 'Image'] },
      { name: 'Initials', type: 'TEXT', default: 'AB' },
    ],
    variant: (v, key) => {
      const [size, style] = AVATAR[v.Size as keyof typeof AVATAR];
      const image = v.Type === 'Image';
      return {
        name: '', layout: 'H', w: size, h: size, align: 'CENTER', cross: 'CENTER', radius: 'radius/full', clip: true,
        fills: ['color/brand-subtle'],
        // The photo is a layer of its own (clipped round by the frame), as designers usually draw avatars.
        children: image ? [f.rect({ name: 'Photo', w: size, h: size, fills: [photo] })] : [f.text('Initials', 'AB', { style, color: 'color/brand-text', align: 'CENTER', refs: { characters: key('Initials') } })],
      };
    },
  });
}

export function buildAlert(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  return componentSet(lib, f, {
    name: 'Alert',
    description: 'A message about the page or a task, with a tone.',
    width: 800,
    at,
    props: [
      { name: 'Tone', type: 'VARIANT', options: ['Info', 'Success', 'Warning', 'Danger'] },
      { name: 'Title', type: 'TEXT', default: 'Heads up' },
      { name: 'Body', type: 'TEXT', default: 'Your trial ends in 3 days. Add a payment method to keep your projects.' },
    ],
    variant: (v, key) => {
      const t = tone(v.Tone);
      const content = f.box({
        name: 'Content', layout: 'V', w: 'fill', gap: 'spacing/1',
        children: [
          f.text('Title', 'Heads up', { style: 'Label/M', color: t.fg, w: 'fill', refs: { characters: key('Title') } }),
          f.text('Body', 'Your trial ends in 3 days. Add a payment method to keep your projects.', { style: 'Body/S', color: 'color/text', w: 'fill', refs: { characters: key('Body') } }),
        ],
      });
      // gap 10 is deliberately raw and 2 px from any spacing token (a token-index "raw" case).
      return {
        name: '', layout: 'H', w: 360, pad: ['spacing/3', 'spacing/4'], gap: 10, radius: 'radius/lg', fills: [t.bg],
        children: [instantiate(lib, f, icons[t.icon], { size: 20, tint: [f.paint(t.fg)], name: 'Icon' }), content],
      };
    },
  });
}

export function buildCard(ctx: Ctx, sets: { button: SNode; badge: SNode }, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  const buttonDefault = sets.button.children?.[0];
  const badgeDefault = sets.badge.children?.[0];
  if (!buttonDefault || !badgeDefault) throw new Error('sample: Card needs Button and Badge');
  return component(
    lib, f,
    {
      name: 'Card', description: 'Groups content and actions about one subject.', layout: 'V', w: 320, at,
      // Raw paddings and gap equal to spacing/4 and spacing/3: a detached card, values exact but unbound.
      pad: 16, gap: 12, radius: 'radius/xl', clip: true, fills: ['color/surface-raised'], stroke: { paint: 'color/border' }, effectStyle: 'Shadow/Card',
      props: [
        { name: 'Title', type: 'TEXT', default: 'Weekly report' },
        { name: 'Body', type: 'TEXT', default: 'Traffic grew 12% this week. Most visitors came from the newsletter.' },
        { name: 'Show media', type: 'BOOLEAN', default: true },
      ],
    },
    (key) => [
      // A raw color no token is near: a token-index "raw" case.
      f.box({ name: 'Media', w: 'fill', h: 140, radius: 'radius/lg', fills: [raw('#E8DCCB')], refs: { visible: key('Show media') } }),
      f.box({
        name: 'Header', layout: 'H', w: 'fill', align: 'SPACE_BETWEEN', cross: 'CENTER', gap: 'spacing/2',
        children: [
          f.text('Title', 'Weekly report', { style: 'Heading/M', color: 'color/text', refs: { characters: key('Title') } }),
          instantiate(lib, f, badgeDefault, { props: { Tone: 'Success', Label: 'New' } }),
        ],
      }),
      f.text('Body', 'Traffic grew 12% this week. Most visitors came from the newsletter.', { style: 'Body/S', color: 'color/text-muted', w: 'fill', refs: { characters: key('Body') } }),
      f.box({
        name: 'Actions', layout: 'H', w: 'fill', align: 'MAX', cross: 'CENTER', gap: 'spacing/2',
        children: [
          instantiate(lib, f, buttonDefault, { props: { Variant: 'Secondary', Label: 'Cancel' } }),
          instantiate(lib, f, buttonDefault, { props: { Variant: 'Primary', Label: 'Save', 'Show icon': true, Icon: icons.Check } }),
        ],
      }),
    ],
  );
}

export function buildTabs(ctx: Ctx, at: [number, number], tabsAt: [number, number]): { tab: SNode; tabs: SNode } {
  const { lib, f } = ctx;
  const tab = componentSet(lib, f, {
    name: 'Tab',
    description: 'One tab of a Tabs bar.',
    width: 300,
    at,
    props: [
      { name: 'Selected', type: 'VARIANT', options: ['False', 'True'] },
      { name: 'Label', type: 'TEXT', default: 'Tab' },
    ],
    // Horizontal padding 11 is a designer's slip, 1 px from spacing/3 (a token-index "approximate" case).
    variant: (v, key) => ({
      name: '', layout: 'H', pad: ['spacing/2', 11], cross: 'CENTER',
      ...(v.Selected === 'True' ? { stroke: { paint: 'color/brand', weight: 2, sides: { bottom: 2 } } } : {}),
      children: [f.text('Label', 'Tab', { style: 'Label/M', color: v.Selected === 'True' ? 'color/brand-text' : 'color/text-muted', refs: { characters: key('Label') } })],
    }),
  });
  const first = tab.children?.[0];
  if (!first) throw new Error('sample: Tab has no variants');
  const item = (label: string, selected: boolean) => instantiate(lib, f, first, { props: { Selected: selected ? 'True' : 'False', Label: label } });
  // The divider color #E2E8F1 is one step off color/gray/200 (an "approximate" color case).
  const tabs = component(lib, f, {
    name: 'Tabs', description: 'Switches between views of the same content.', layout: 'H', gap: 'spacing/1', at: tabsAt,
    stroke: { paint: raw('#E2E8F1'), sides: { bottom: 1 } },
    children: [item('Overview', true), item('Activity', false), item('Settings', false)],
  });
  return { tab, tabs };
}
