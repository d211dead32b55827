import { round2 } from './ids.ts';

const K = 0.5522847498; // cubic Bezier handle length for a quarter circle

const n = (v: number) => String(round2(v));

/** A (rounded) rectangle outline in Figma's path syntax, starting at the top-left corner's end like Figma does. */
export function rectPath(w: number, h: number, radius = 0, inset = 0): string {
  const [x0, y0, x1, y1] = [inset, inset, w - inset, h - inset];
  const r = Math.max(0, Math.min(radius - inset, (x1 - x0) / 2, (y1 - y0) / 2));
  if (r === 0) return `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y0)}L${n(x1)} ${n(y1)}L${n(x0)} ${n(y1)}L${n(x0)} ${n(y0)}Z`;
  const c = r * (1 - K);
  return [
    `M${n(x0 + r)} ${n(y0)}`, `L${n(x1 - r)} ${n(y0)}`, `C${n(x1 - c)} ${n(y0)} ${n(x1)} ${n(y0 + c)} ${n(x1)} ${n(y0 + r)}`,
    `L${n(x1)} ${n(y1 - r)}`, `C${n(x1)} ${n(y1 - c)} ${n(x1 - c)} ${n(y1)} ${n(x1 - r)} ${n(y1)}`,
    `L${n(x0 + r)} ${n(y1)}`, `C${n(x0 + c)} ${n(y1)} ${n(x0)} ${n(y1 - c)} ${n(x0)} ${n(y1 - r)}`,
    `L${n(x0)} ${n(y0 + r)}`, `C${n(x0)} ${n(y0 + c)} ${n(x0 + c)} ${n(y0)} ${n(x0 + r)} ${n(y0)}Z`,
  ].join('');
}

/** An ellipse filling a w x h box, as four cubic arcs. */
export function ellipsePath(w: number, h: number): string {
  const [rx, ry] = [w / 2, h / 2];
  const [kx, ky] = [rx * K, ry * K];
  return [
    `M${n(w)} ${n(ry)}`, `C${n(w)} ${n(ry + ky)} ${n(rx + kx)} ${n(h)} ${n(rx)} ${n(h)}`,
    `C${n(rx - kx)} ${n(h)} 0 ${n(ry + ky)} 0 ${n(ry)}`, `C0 ${n(ry - ky)} ${n(rx - kx)} 0 ${n(rx)} 0`,
    `C${n(rx + kx)} 0 ${n(w)} ${n(ry - ky)} ${n(w)} ${n(ry)}Z`,
  ].join('');
}

/** Scales every coordinate of a path (instances resized with SCALE constraints carry scaled geometry). */
export function scalePath(path: string, factor: number): string {
  return path.replace(/-?\d+(?:\.\d+)?/g, (m) => n(Number(m) * factor));
}

/**
 * Moves a path (absolute M/L/C/Z commands only, so numbers alternate x and y) to its own origin, as Figma
 * stores a vector's geometry relative to the vector; returns where the vector sits and how big it is.
 */
export function normalizePath(path: string): { path: string; x: number; y: number; w: number; h: number } {
  const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { path: translatePath(path, -x, -y), x, y, w: round2(Math.max(...xs) - x), h: round2(Math.max(...ys) - y) };
}

/** Shifts a path of absolute M/L/C/Z commands. */
export function translatePath(path: string, dx: number, dy: number): string {
  let i = 0;
  return path.replace(/-?\d+(?:\.\d+)?/g, (m) => n(Number(m) + (i++ % 2 === 0 ? dx : dy)));
}
