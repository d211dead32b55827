import { describe, expect, it } from 'vitest';
import { NameRegistry, camelCase, className, kebabCase, pascalCase } from '../../generator/ir/identifiers.ts';

describe('identifiers from untrusted Figma names', () => {
  it('makes PascalCase component names without path separators or leading digits', () => {
    expect(pascalCase('button / primary')).toBe('ButtonPrimary');
    expect(pascalCase('../../etc/passwd')).toBe('EtcPasswd');
    expect(pascalCase('3D card')).toBe('Component3DCard');
    expect(pascalCase('🙂')).toBe('Component');
    expect(pascalCase('Ünïcode näme')).toBe('UnicodeName');
  });

  it('strips Figma property id suffixes and avoids reserved words in prop names', () => {
    expect(camelCase('Show icon#12:3')).toBe('showIcon');
    expect(camelCase('default')).toBe('defaultProp');
    expect(camelCase('class')).toBe('classProp');
    expect(camelCase('children')).toBe('childrenProp');
    expect(className('switch')).toBe('switch');
  });

  it('dedupes collisions case-insensitively', () => {
    const names = new NameRegistry(['root']);
    expect([names.take('icon'), names.take('Icon'), names.take('root')]).toEqual(['icon', 'Icon2', 'root2']);
  });

  it('kebab-cases prop names for data attributes', () => {
    expect(kebabCase('iconPosition')).toBe('icon-position');
  });
});
