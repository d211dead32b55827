/** @jsxRuntime classic */
import React from 'react';
import type { CheckStatus } from '../../generator/check/types.ts';

const LABEL: Record<CheckStatus, string> = { pass: '✓ pass', warn: '! warning', fail: '✗ fail', skipped: '– skipped' };

export function Status({ status }: { status: CheckStatus }) {
  return <span className={`ds-badge ds-${status}`}>{LABEL[status]}</span>;
}
