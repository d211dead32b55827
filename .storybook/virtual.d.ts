declare module 'virtual:design-sync/tokens' {
  import type { ThemeMode } from './theme-modes.ts';
  export const themeModes: ThemeMode[];
  export const tokensLoaded: boolean;
}
