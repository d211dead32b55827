import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../generator/svg/sanitize-svg.ts';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2h20v20H2z" fill="#1E88E5"/></svg>';

describe('sanitizeSvg', () => {
  it('keeps a normal icon path with its fill and reports nothing removed', () => {
    const { svg, removed } = sanitizeSvg(ICON);
    expect(removed).toEqual([]);
    expect(svg).toContain('<path');
    expect(svg).toContain('d="M2 2h20v20H2z"');
    expect(svg).toContain('fill="#1E88E5"');
  });

  it.each([
    [
      'a script element',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><path d="M0 0h1v1z"/></svg>',
      /script|alert/i,
    ],
    [
      'an onload handler',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><path d="M0 0h1v1z"/></svg>',
      /onload|alert/i,
    ],
    [
      'a foreignObject',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject><path d="M0 0h1v1z"/></svg>',
      /foreignObject|<div/i,
    ],
    [
      'an external href',
      '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.test/a.svg#x"/><path d="M0 0h1v1z"/></svg>',
      /evil\.test/,
    ],
    [
      'an external url() fill',
      '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1z" fill="url(http://evil.test/p.svg#g)"/></svg>',
      /evil\.test/,
    ],
    [
      'a DOCTYPE with an entity',
      '<!DOCTYPE svg [<!ENTITY x "boom">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text><path d="M0 0h1v1z"/></svg>',
      /DOCTYPE|ENTITY|&x;|boom/,
    ],
    [
      'an image of an external URL',
      '<svg xmlns="http://www.w3.org/2000/svg"><image xlink:href="https://evil.test/t.png" width="1" height="1"></image><path d="M0 0h1v1z"/></svg>',
      /evil\.test|<image/,
    ],
  ])('removes %s and lists it', (_label, input, unsafe) => {
    const { svg, removed } = sanitizeSvg(input);
    expect(removed.length).toBeGreaterThan(0);
    expect(svg).not.toMatch(unsafe);
    expect(svg).toContain('d="M0 0h1v1z"');
  });

  it('drops a <use> or <image> whose only reference was unsafe, and keeps one pointing inside the file', () => {
    const { svg } = sanitizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="p" d="M0 0h1v1z"/></defs><use href="#p"/><use href="https://evil.test/a.svg#x"/></svg>',
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="p" d="M0 0h1v1z" /></defs><use href="#p" /></svg>\n',
    );
  });
});
