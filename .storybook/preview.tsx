import type { Decorator, Preview } from '@storybook/react-vite';
import { surfaceVariable, themeModes } from 'virtual:design-sync/tokens';
import { modeAttributes } from '../generator/check/theme-modes.ts';

const defaultMode = themeModes[0] ?? 'default';

/**
 * Applies the selected theme mode where the token CSS looks for it: `data-theme` (or the mode's own
 * theme-dimension attribute) on `<html>`. The
 * default mode is what `:root` holds, so it is shown without the attribute. The page is painted with
 * the mode's background token, as an app would be: light text of a dark mode on a white canvas would
 * fail axe's contrast check for a reason no user sees (the check stage does the same).
 */
const withThemeMode: Decorator = (Story, context) => {
  const mode = context.globals['theme'] as string | undefined;
  const root = document.documentElement;
  // A theme dimension's mode ("data-color-scheme=dark") is its own attribute; others are values of data-theme.
  for (const other of themeModes) for (const name of Object.keys(modeAttributes(other))) root.removeAttribute(name);
  if (mode && mode !== defaultMode)
    for (const [name, value] of Object.entries(modeAttributes(mode))) root.setAttribute(name, value);
  if (surfaceVariable) root.style.background = `var(${surfaceVariable})`;
  return <Story />;
};

const preview: Preview = {
  decorators: [withThemeMode],
  globalTypes: {
    theme: {
      description: 'Token theme mode',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeModes.map((mode) => ({ value: mode, title: mode === defaultMode ? `${mode} (default)` : mode })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: defaultMode },
  parameters: {
    // Fails a story (and `npm test`) on any axe violation, as the check stage does.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
