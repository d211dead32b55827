import type { Decorator, Preview } from '@storybook/react-vite';
import { themeModes } from 'virtual:design-sync/tokens';

/** Toolbar value of the default mode (`:root`, no attribute); not a valid `data-theme` mode name. */
const DEFAULT_THEME = ':root';

/** Applies the selected theme mode where the token CSS looks for it: `data-theme` on `<html>`. */
const withThemeMode: Decorator = (Story, context) => {
  const mode = context.globals['theme'] as string | undefined;
  const root = document.documentElement;
  if (!mode || mode === DEFAULT_THEME) root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', mode);
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
        items: themeModes.map((mode) => ({ value: mode.value || DEFAULT_THEME, title: mode.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: DEFAULT_THEME },
  parameters: {
    // Fails a story (and `npm test`) on any axe violation, as the check stage does.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
