// Small, pure helpers for building the panel's HTML. Every piece of text that
// comes from the report (file names, notes, tasks, evidence) passes through
// `esc`: it was read from the user's files and must never become markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `name="value"` pairs, escaped; `false`, `undefined` and `null` values are left out, `true` is a bare attribute. */
export function attrs(values: Record<string, string | number | boolean | undefined | null>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === false || value === undefined || value === null) continue;
    parts.push(value === true ? name : `${name}="${esc(value)}"`);
  }
  return parts.join(' ');
}

/** 0..1 as a whole percentage, `n/a` for null. */
export function percent(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? 'n/a' : `${Math.round(score * 100)}%`;
}

/** A duration in hours, in the unit a person would say it in. */
export function duration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return 'n/a';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${trim(hours, 1)} h`;
  return `${trim(hours / 24, 1)} days`;
}

const ISO_TIME = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?Z$/;

/**
 * An ISO time as a `<time>` element a person can read: `2026-12-07 05:25 UTC`,
 * or the date alone with `dateOnly`; the exact value stays in `datetime`.
 * Text that is no UTC ISO time is shown as it is.
 */
export function time(iso: string, dateOnly = false): string {
  const m = ISO_TIME.exec(iso);
  if (!m) return esc(iso);
  return `<time ${attrs({ datetime: iso })}>${dateOnly ? m[1] : `${m[1]} ${m[2]} UTC`}</time>`;
}

/** A number with at most `digits` decimals, without trailing zeros. */
export function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A random nonce for the Content Security Policy (base64, 128 bits). */
export function nonce(random: (size: number) => Uint8Array): string {
  return Buffer.from(random(16)).toString('base64');
}
