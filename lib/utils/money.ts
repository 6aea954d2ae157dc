/**
 * Money is integer fen everywhere below the UI. Yuan text is parsed digit by digit,
 * never through floating point, so "0.1" is exactly 10 fen.
 */

/** ¥10,000,000: above any single marketplace order, and well inside a 32-bit Int column. */
export const MAX_FEN = 1_000_000_000;

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan amount ("12.30", "1,234.5", "¥ 8") to fen. Returns null for anything that
 * is not a non-negative amount with at most two decimals; the caller checks MAX_FEN.
 */
export function parseYuanToFen(text: string): number | null {
  const cleaned = text.trim().replace(/^[¥￥]\s*/, "").replace(/,/g, "");
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** The plain value for an amount input: 1230 → "12.30". */
export function fenToYuanInput(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const grouping = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Display form with thousands separators: 123450 → "¥1,234.50". Same in both languages. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}¥${grouping.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, "0")}`;
}
