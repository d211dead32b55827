/** @jsxRuntime classic */
// Storybook bundles manager entries with classic JSX (React.createElement), so React must be in scope.
import React from 'react';
import { addons, types } from 'storybook/manager-api';
import { ADDON_ID, PANEL_ID } from './constants.ts';
import { Panel } from './panel/Panel.tsx';

addons.register(ADDON_ID, () => {
  addons.add(PANEL_ID, {
    type: types.PANEL,
    title: 'Design sync',
    match: ({ viewMode }) => viewMode === 'story',
    render: ({ active }) => <Panel active={Boolean(active)} />,
  });
});
