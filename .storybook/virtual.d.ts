declare module 'virtual:design-sync/tokens' {
  /** Theme modes of the token CSS, the default (`:root`) first. */
  export const themeModes: string[];
  /** The page background token (e.g. "--color-bg"), which the story canvas is painted with; null when none. */
  export const surfaceVariable: string | null;
  export const tokensLoaded: boolean;
}
