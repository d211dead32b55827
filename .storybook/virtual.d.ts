declare module 'virtual:design-sync/tokens' {
  /** Theme modes of the token CSS, the default (`:root`) first. */
  export const themeModes: string[];
  export const tokensLoaded: boolean;
}
