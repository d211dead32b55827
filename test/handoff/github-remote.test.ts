import { describe, expect, it } from 'vitest';
import { isGitHubHost, parseRemoteUrl, resolveGitHubRepo } from '../../generator/handoff/github-remote.ts';
import { branchName } from '../../generator/handoff/branch-name.ts';

describe('parseRemoteUrl', () => {
  it.each([
    ['https://github.com/acme/design-system.git', 'github.com', 'acme', 'design-system'],
    ['https://x-access-token:abc@github.com/acme/ds', 'github.com', 'acme', 'ds'],
    ['git@github.com:acme/ds.git', 'github.com', 'acme', 'ds'],
    ['ssh://git@github.com/acme/ds.git', 'github.com', 'acme', 'ds'],
    ['ssh://git@ghe.corp.example:2222/team/ui.kit.git', 'ghe.corp.example', 'team', 'ui.kit'],
    ['https://ghe.corp.example/team/ui/', 'ghe.corp.example', 'team', 'ui'],
  ])('reads %s', (url, host, owner, repo) => {
    expect(parseRemoteUrl(url)).toEqual({ host, owner, repo });
  });

  it('returns undefined for local paths and junk', () => {
    expect(parseRemoteUrl('/tmp/bare.git')).toBeUndefined();
    expect(parseRemoteUrl('file:///tmp/bare.git')).toBeUndefined();
    expect(parseRemoteUrl('')).toBeUndefined();
  });

  it('recognises github.com and the GitHub Enterprise host of the API URL', () => {
    expect(isGitHubHost('github.com', 'https://api.github.com')).toBe(true);
    expect(isGitHubHost('ghe.corp.example', 'https://ghe.corp.example/api/v3')).toBe(true);
    expect(isGitHubHost('gitlab.com', 'https://api.github.com')).toBe(false);
  });

  it('falls back to GITHUB_REPOSITORY when the remote is not GitHub', () => {
    expect(resolveGitHubRepo('/tmp/bare.git', 'https://api.github.com', { GITHUB_REPOSITORY: 'acme/ds' })).toEqual({
      host: 'github.com',
      owner: 'acme',
      repo: 'ds',
    });
    expect(resolveGitHubRepo('https://gitlab.com/a/b.git', 'https://api.github.com', {})).toBeUndefined();
  });
});

describe('branchName', () => {
  it('builds design-sync/<file>-<version> from untrusted names with only ref-safe characters', () => {
    expect(branchName('design-sync/', 'DesignSyncSampleKit01', '42')).toBe('design-sync/designsyncsamplekit01-42');
    expect(branchName('design-sync/', 'a b/../c~^:?*[', '1.0..2 @{x}')).toBe('design-sync/a-b-.-c-1.0.2-x');
    expect(branchName('', undefined, undefined)).toBe('design-local');
  });
});
