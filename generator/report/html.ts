/** Minimal HTML building for the report: every interpolated value goes through `escapeHtml`. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A trusted HTML fragment (already escaped). */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

/** Tagged template that escapes interpolations unless they are `Html` or arrays of it. */
export function html(
  strings: TemplateStringsArray,
  ...values: Array<Html | Html[] | string | number | undefined | false>
): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { html: out };
}

function render(value: Html | Html[] | string | number | undefined | false): string {
  if (value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v) => v.html).join('');
  if (typeof value === 'object') return value.html;
  return escapeHtml(value);
}

/** Only http(s) and relative URLs make it into an href or src; anything else (javascript:, data:) becomes "#". */
export function safeUrl(url: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return '#';
  return url
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponentSafe(segment)))
    .join('/');
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
