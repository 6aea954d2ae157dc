import escapeHtml from "escape-html";

/** Markup that is already safe; only the `html` template below creates it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/**
 * Tagged template for the case file: every interpolated value is HTML-escaped unless it is
 * itself the result of `html`, so buyer text (claim text, nicknames, file names) can only
 * ever appear as text — escaping is the default, not something a caller can forget.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}

/**
 * A CSS string literal (with its quotes) for text that goes into a `<style>` element, such
 * as the running header. Anything but letters, digits and spaces is written as a CSS escape,
 * so the text can close neither the string nor the element (`</style>`).
 */
export function cssString(value: string): string {
  return `"${value.replace(/[^\p{L}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}
