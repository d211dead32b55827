import type { TypeStyle } from '@figma/rest-api-spec';
import { round2 } from './ids.ts';

/**
 * Advance widths of Inter (em) for printable ASCII plus "•·", measured once in Chromium with Debian's fonts-inter,
 * so the sample's text boxes are the size a browser renders them and layout-fidelity checks on the sample are fair.
 */
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~•·";
const ADVANCE: Record<400 | 500 | 600, number[]> = {
  400: [.28,.28,.4,.63,.64,.81,.64,.22,.36,.36,.5,.66,.28,.46,.28,.36,.62,.46,.61,.64,.64,.61,.62,.57,.62,.62,.28,.28,.66,.66,.66,.51,.94,.68,.65,.73,.72,.6,.59,.74,.74,.26,.54,.65,.56,.89,.75,.76,.63,.76,.64,.64,.64,.74,.68,.95,.64,.66,.62,.36,.36,.36,.47,.45,.5,.56,.62,.56,.62,.58,.36,.61,.59,.24,.24,.54,.24,.87,.59,.6,.61,.61,.37,.52,.36,.58,.56,.81,.54,.56,.54,.36,.33,.36,.66,.56,.28],
  500: [.26,.29,.4,.64,.64,.83,.65,.22,.38,.38,.52,.67,.29,.46,.28,.37,.65,.47,.61,.64,.65,.62,.64,.58,.63,.64,.28,.29,.67,.67,.67,.53,.97,.7,.65,.74,.72,.6,.59,.75,.74,.27,.55,.66,.56,.9,.75,.77,.64,.77,.64,.64,.65,.74,.7,.98,.67,.68,.64,.38,.37,.38,.48,.46,.5,.57,.63,.57,.63,.59,.37,.62,.6,.25,.25,.56,.25,.88,.6,.6,.62,.62,.38,.54,.37,.59,.57,.82,.55,.57,.55,.38,.34,.38,.67,.53,.28],
  600: [.25,.31,.4,.64,.65,.84,.66,.21,.39,.39,.54,.67,.3,.47,.29,.38,.67,.48,.62,.65,.67,.63,.65,.59,.65,.65,.29,.3,.67,.67,.67,.54,1,.72,.66,.74,.72,.61,.59,.75,.74,.27,.56,.68,.57,.91,.74,.77,.64,.78,.65,.65,.66,.73,.72,1.01,.69,.7,.65,.39,.38,.39,.48,.47,.5,.57,.63,.58,.63,.59,.38,.63,.61,.26,.26,.57,.26,.9,.61,.61,.62,.62,.4,.55,.38,.61,.58,.84,.56,.58,.56,.39,.36,.39,.67,.5,.29],
};
const FALLBACK_EM = 0.6;

function advance(text: string, weight: number): number {
  const row = ADVANCE[weight >= 550 ? 600 : weight >= 450 ? 500 : 400];
  let em = 0;
  for (const ch of text) {
    const i = CHARS.indexOf(ch);
    em += i < 0 ? FALLBACK_EM : (row[i] ?? FALLBACK_EM);
  }
  return em;
}

/** Text box size: one line at its natural width, or wrapped word by word at a given width, as a browser would. */
export function measureText(characters: string, style: TypeStyle, width?: number): { x: number; y: number } {
  const fontSize = style.fontSize ?? 14;
  const lineHeight = style.lineHeightPx ?? fontSize * 1.2;
  const weight = style.fontWeight ?? 400;
  const px = (text: string) => advance(text, weight) * fontSize;
  if (width === undefined) return { x: round2(px(characters)), y: lineHeight };
  let lines = 1;
  let line = '';
  for (const word of characters.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && px(next) > width) {
      lines++;
      line = word;
    } else line = next;
  }
  return { x: width, y: lines * lineHeight };
}
