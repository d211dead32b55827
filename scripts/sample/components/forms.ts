import { componentSet, instantiate } from '../library.ts';
import { raw, type SNode } from '../nodes.ts';
import type { Ctx } from './actions.ts';

const FIELD_STATES: Record<string, { stroke: string; weight: number; value: string; helper: string; bg: string }> = {
  Default: { stroke: 'color/border-strong', weight: 1, value: 'color/text-muted', helper: 'color/text-muted', bg: 'color/bg' },
  Focus: { stroke: 'color/focus', weight: 2, value: 'color/text', helper: 'color/text-muted', bg: 'color/bg' },
  Error: { stroke: 'color/danger', weight: 1, value: 'color/text', helper: 'color/danger-text', bg: 'color/bg' },
  Disabled: { stroke: 'color/border', weight: 1, value: 'color/disabled-text', helper: 'color/disabled-text', bg: 'color/disabled-bg' },
};

export function buildTextField(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  return componentSet(lib, f, {
    name: 'Text field',
    description: 'A single-line text input with a label and optional helper text.',
    width: 1280,
    at,
    props: [
      { name: 'State', type: 'VARIANT', options: Object.keys(FIELD_STATES) },
      { name: 'Label', type: 'TEXT', default: 'Email' },
      { name: 'Placeholder', type: 'TEXT', default: 'you@example.com' },
      { name: 'Helper text', type: 'TEXT', default: 'We never share your email.' },
      { name: 'Show helper', type: 'BOOLEAN', default: true },
    ],
    variant: (v, key) => {
      const s = FIELD_STATES[v.State ?? 'Default'] ?? FIELD_STATES.Default!;
      const trailing = v.State === 'Error' ? [instantiate(lib, f, icons.Alert, { size: 16, tint: [f.paint('color/danger')] })] : [];
      const input = f.box({
        name: 'Input', layout: 'H', w: 'fill', pad: ['spacing/2', 'spacing/3'], gap: 'spacing/2', cross: 'CENTER', radius: 'radius/md',
        fills: [s.bg], stroke: { paint: s.stroke, weight: s.weight },
        children: [f.text('Value', 'you@example.com', { style: 'Body/M', color: s.value, w: 'fill', refs: { characters: key('Placeholder') } }), ...trailing],
      });
      return {
        name: '', layout: 'V', w: 280, gap: 'spacing/1-5',
        children: [
          f.text('Label', 'Email', { style: 'Label/M', color: v.State === 'Disabled' ? 'color/disabled-text' : 'color/text', refs: { characters: key('Label') } }),
          input,
          f.text('Helper text', 'We never share your email.', { style: 'Body/S', color: s.helper, w: 'fill', refs: { characters: key('Helper text'), visible: key('Show helper') } }),
        ],
      };
    },
  });
}

export function buildCheckbox(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  return componentSet(lib, f, {
    name: 'Checkbox',
    description: 'A binary choice; the label is part of the hit area.',
    width: 400,
    at,
    props: [
      { name: 'Checked', type: 'VARIANT', options: ['False', 'True'] },
      { name: 'Label', type: 'TEXT', default: 'Remember me' },
    ],
    variant: (v, key) => {
      const checked = v.Checked === 'True';
      const box = f.box({
        name: 'Box', layout: 'H', w: 20, h: 20, align: 'CENTER', cross: 'CENTER', radius: 'radius/sm',
        fills: [checked ? 'color/brand' : 'color/bg'], stroke: { paint: checked ? 'color/brand' : 'color/border-strong' },
        children: checked ? [instantiate(lib, f, icons.Check, { size: 16, tint: [f.paint('color/on-brand')] })] : [],
      });
      return {
        name: '', layout: 'H', gap: 'spacing/2', cross: 'CENTER',
        children: [box, f.text('Label', 'Remember me', { style: 'Body/M', color: 'color/text', refs: { characters: key('Label') } })],
      };
    },
  });
}

export function buildSwitch(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f } = ctx;
  return componentSet(lib, f, {
    name: 'Switch',
    description: 'Turns a setting on or off immediately.',
    width: 440,
    at,
    props: [
      { name: 'On', type: 'VARIANT', options: ['False', 'True'] },
      { name: 'Label', type: 'TEXT', default: 'Notifications' },
    ],
    variant: (v, key) => {
      const on = v.On === 'True';
      // The thumb is raw white on purpose: it matches color/gray/0 exactly but is not bound (a token-index "exact raw" case).
      const track = f.box({
        name: 'Track', layout: 'H', w: 36, h: 20, pad: 'spacing/0-5', align: on ? 'MAX' : 'MIN', cross: 'CENTER', radius: 'radius/full',
        fills: [on ? 'color/brand' : 'color/border-strong'],
        children: [f.ellipse({ name: 'Thumb', w: 16, h: 16, fills: [raw('#FFFFFF')] })],
      });
      return {
        name: '', layout: 'H', gap: 'spacing/2', cross: 'CENTER',
        children: [track, f.text('Label', 'Notifications', { style: 'Body/M', color: 'color/text', refs: { characters: key('Label') } })],
      };
    },
  });
}
