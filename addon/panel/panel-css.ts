/** Panel styles, scoped under `.ds-panel`; explicit colors so contrast holds in Storybook's light and dark UI. */
export const PANEL_CSS = `
.ds-panel { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #ffffff; padding: 12px 16px; min-height: 100%; box-sizing: border-box; }
.ds-panel h2 { font-size: 16px; margin: 0 0 4px; }
.ds-panel h3 { font-size: 14px; margin: 16px 0 6px; }
.ds-panel a { color: #0550ae; }
.ds-panel a:focus-visible, .ds-panel button:focus-visible, .ds-panel input:focus-visible { outline: 3px solid #0550ae; outline-offset: 2px; }
.ds-panel code { font: 12px/1.4 ui-monospace, Menlo, monospace; background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
.ds-meta { color: #4f5661; margin: 0; }
.ds-badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 0 8px; border-radius: 10px; margin-left: 4px; }
.ds-pass { color: #116329; background: #dafbe1; } .ds-warn { color: #7d4e00; background: #fff8c5; }
.ds-fail { color: #a40e26; background: #ffebe9; } .ds-skipped { color: #4f5661; background: #eaeef2; }
.ds-tag { font-size: 12px; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 6px; margin-right: 4px; }
.ds-modes { display: inline-flex; gap: 4px; margin: 4px 0 8px; }
.ds-modes button { font: inherit; padding: 2px 10px; border: 1px solid #d0d7de; border-radius: 4px; background: #ffffff; color: #1b1f24; cursor: pointer; }
.ds-modes button[aria-pressed="true"] { background: #0550ae; border-color: #0550ae; color: #ffffff; }
.ds-images { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; }
.ds-images figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px; background: #f6f8fa; }
.ds-images img, .ds-onion img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.ds-images figcaption, .ds-onion figcaption { font-size: 12px; color: #4f5661; text-align: center; }
.ds-onion figure { text-align: center; margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px; background: #f6f8fa; max-width: 640px; }
.ds-onion .ds-stack { position: relative; display: inline-block; }
.ds-onion .ds-stack img + img { position: absolute; inset: 0; width: 100%; height: 100%; }
.ds-onion label { display: flex; justify-content: center; gap: 8px; align-items: center; margin-top: 6px; }
.ds-panel table { border-collapse: collapse; width: 100%; margin: 4px 0; }
.ds-panel th, .ds-panel td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #d0d7de; vertical-align: top; }
.ds-panel thead th { background: #f6f8fa; }
.ds-panel ul { padding-left: 20px; margin: 4px 0; }
.ds-score { font-size: 20px; font-weight: 700; }
`;
