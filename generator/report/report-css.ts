/** The report page's stylesheet, inlined so report.html is one self-contained file. Colors meet WCAG AA contrast. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #4f5661; --line: #d0d7de; --bg: #ffffff; --panel: #f6f8fa;
  --pass: #116329; --pass-bg: #dafbe1; --warn: #7d4e00; --warn-bg: #fff8c5; --fail: #a40e26; --fail-bg: #ffebe9;
  --skipped: #4f5661; --skipped-bg: #eaeef2; --link: #0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--panel); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 18px; margin: 0 0 4px; }
h4 { font-size: 15px; margin: 16px 0 8px; }
.skip { position: absolute; left: -9999px; top: 8px; background: var(--bg); padding: 8px; }
.skip:focus { left: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.meta, .figures, .detail { color: var(--muted); }
.badge { display: inline-block; font-size: 13px; font-weight: 600; padding: 0 8px; border-radius: 10px; vertical-align: middle; }
.badge-pass { color: var(--pass); background: var(--pass-bg); }
.badge-warn { color: var(--warn); background: var(--warn-bg); }
.badge-fail { color: var(--fail); background: var(--fail-bg); }
.badge-skipped { color: var(--skipped); background: var(--skipped-bg); }
.tag { font-size: 13px; border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 0; }
.cards div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.cards dt { font-size: 13px; color: var(--muted); }
.cards dd { margin: 0; font-size: 20px; font-weight: 600; }
.callout { padding: 8px 12px; border-radius: 6px; border-left: 4px solid; }
.callout-fail { background: var(--fail-bg); border-color: var(--fail); }
.callout-warn { background: var(--warn-bg); border-color: var(--warn); }
table { border-collapse: collapse; margin: 8px 0; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); }
.component { border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 16px 0; }
.component table.checks { width: auto; min-width: 60%; }
.triptych { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; }
.triptych figure { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.triptych img { display: block; max-width: 100%; height: auto; margin: 0 auto; image-rendering: auto;
  background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
.triptych figcaption { font-size: 13px; color: var(--muted); text-align: center; margin-top: 4px; }
.impact { font-weight: 600; }
.impact-critical, .impact-serious { color: var(--fail); }
.impact-moderate { color: var(--warn); }
.change-conflict { color: var(--fail); font-weight: 600; }
.toc { columns: 3 200px; padding-left: 20px; }
ul.files, ul.violations { padding-left: 20px; }
footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
@media (max-width: 700px) { .triptych { grid-template-columns: 1fr; } }
`;
