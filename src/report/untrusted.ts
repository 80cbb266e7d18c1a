// Text from records (and from any file chibo reads) is data in every output, never an
// instruction: each medium gets it in a form that cannot act there. Formatters call these at
// the point where they write such text; what chibo adds itself (colours, separators) stays.
import { codePoint, HIDDEN_CHARACTER, mayHide } from '../validate/text.js';

/** `\x1b` for a control character, `<U+202E>` for any other hidden one. */
function shown(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0x9f ? `\\x${code.toString(16).padStart(2, '0')}` : `<${codePoint(ch)}>`;
}

const HIDDEN_OR_LINE_FEED = new RegExp(`${HIDDEN_CHARACTER.source}|\\n`, 'gu');

/**
 * For terminals and logs: every control character other than tab and line feed shows as `\x1b`,
 * every other hidden character (zero-width, direction-changing) as `<U+202E>`. Nothing in the
 * result can move the cursor, retitle a window, clear a screen or turn text around.
 */
export const visible = (text: string) => (mayHide(text) ? text.replace(HIDDEN_CHARACTER, shown) : text);

/**
 * The same for text that must stay on one line (a problem's line, a heading): line feeds show as
 * `\x0a` too, so that record text can neither break the layout nor start a line of its own (which
 * a CI log could take for a command, as GitHub Actions does with `::`).
 */
export const visibleLine = (text: string) => (mayHide(text) || text.includes('\n') ? text.replace(HIDDEN_OR_LINE_FEED, shown) : text);

/**
 * A field that a spreadsheet would take for a formula: it starts (after any spaces) with `=`, `+`,
 * `-` or `@` (also in their full-width forms, which some spreadsheets convert), or with a tab or
 * a carriage return.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * One CSV field. Numbers chibo writes stay numbers. Text shows its hidden characters, gets a
 * leading apostrophe when a spreadsheet would read it as a formula (as OWASP recommends), and is
 * quoted when it holds a quote, a comma, a semicolon (the separator of Excel in Vietnamese and
 * other decimal-comma locales) or a line break.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = `${FORMULA_START.test(value) ? "'" : ''}${visible(value)}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * JSON text with its hidden characters written as `\u` escapes: the parsed strings keep the real
 * text, and the file read in a terminal shows nothing raw. (JSON.stringify escapes only C0.)
 */
export function jsonEscapeHidden(json: string): string {
  if (!mayHide(json)) return json;
  return json.replace(HIDDEN_CHARACTER, (ch) =>
    Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
