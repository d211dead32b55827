/** Identifiers shared by the addon's preset (Node) and manager (browser) sides. */
export const ADDON_ID = 'design-sync';
export const PANEL_ID = `${ADDON_ID}/panel`;
/** Story parameter the generator writes: `parameters.designSync = { fileKey, nodeId }`. */
export const PARAM_KEY = 'designSync';
/** Where the report folder is served inside Storybook (dev and static build). */
export const REPORT_STATIC_PATH = '/design-sync-report';
