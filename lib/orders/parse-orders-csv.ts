import { parse } from "csv-parse/sync";
import { MAX_FEN, parseYuanToFen } from "@/lib/utils/money";

export const ORDER_CSV_FIELDS = ["orderNo", "trackingNo", "shippedAt", "buyer", "amount", "product"] as const;
export type OrderCsvField = (typeof ORDER_CSV_FIELDS)[number];
const REQUIRED: OrderCsvField[] = ["orderNo", "amount"];

/** Header names as marketplaces and merchants write them, compared without case, spaces, "_" or "-". */
const HEADER_ALIASES: Record<OrderCsvField, string[]> = {
  orderNo: ["订单号", "订单编号", "订单id", "主订单编号", "子订单编号", "orderno", "ordernumber", "orderid", "order"],
  trackingNo: ["快递单号", "运单号", "物流单号", "快递单号码", "trackingno", "trackingnumber", "tracking", "waybillno", "waybill"],
  shippedAt: ["发货时间", "发货日期", "shipdate", "shippedat", "shiptime", "shippingdate", "shipped"],
  buyer: ["买家", "买家id", "买家账号", "买家会员名", "买家昵称", "buyer", "buyerid", "buyername"],
  amount: ["金额", "订单金额", "实付金额", "买家实付", "支付金额", "amount", "orderamount", "paid", "total"],
  product: ["商品", "商品名称", "宝贝标题", "商品编码", "sku", "product", "productname", "item", "itemname"],
};

export const MAX_IMPORT_ROWS = 20_000;

/** One problem, with the 1-based CSV line (header = line 1) and the column it is in, when there is one. */
export interface CsvIssue {
  line: number | null;
  field: OrderCsvField | null;
  code: string;
  values?: Record<string, string | number>;
}

export interface ParsedOrderRow {
  line: number;
  orderNo: string;
  trackingNo: string | null;
  shippedAt: Date | null;
  buyer: string | null;
  amountFen: number;
  product: string | null;
}

export interface ParsedOrdersCsv {
  rows: ParsedOrderRow[];
  issues: CsvIssue[];
  /** Which CSV header was read as which field. */
  columns: Partial<Record<OrderCsvField, string>>;
}

const normalizeHeader = (name: string) => name.trim().toLowerCase().replace(/[\s_\-()（）:：]/g, "");
const aliasToField = new Map(Object.entries(HEADER_ALIASES).flatMap(([field, names]) => names.map((name) => [normalizeHeader(name), field as OrderCsvField])));

/**
 * Text of an uploaded CSV: UTF-8 (with or without BOM), or GB18030/GBK as Excel on a
 * Chinese Windows saves it. Anything that is neither (a spreadsheet, a binary) is null.
 */
function decodeCsv(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

const DATE_PATTERN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** A shipping time as exported by the platforms; without a zone it is China time (UTC+8). Null if impossible. */
export function parseShipDate(text: string): Date | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", zone] = match;
  const [month, day, hour, minute, second] = [mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const offset = !zone ? "+08:00" : zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const pad = (value: number) => String(value).padStart(2, "0");
  const date = new Date(`${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`);
  if (Number.isNaN(date.getTime())) return null;
  // Date rolls 2026-02-30 over to March; the calendar day must survive the round trip.
  const local = new Date(date.getTime() + 8 * 3600_000);
  if (!zone && (local.getUTCMonth() + 1 !== month || local.getUTCDate() !== day)) return null;
  return date;
}

const TRACKING_PATTERN = /^[A-Za-z0-9-]{6,40}$/;
const MAX_TEXT = 200;

/**
 * Reads an orders CSV completely and reports every problem it can find, each with its
 * line number and column: unknown encoding, missing header or required columns, rows
 * with the wrong number of cells, blank or over-long fields, bad dates and amounts,
 * order or tracking numbers repeated within the file. Pure: no database.
 */
export function parseOrdersCsv(bytes: Uint8Array, now = new Date()): ParsedOrdersCsv {
  const empty = (issue: CsvIssue): ParsedOrdersCsv => ({ rows: [], issues: [issue], columns: {} });
  const text = decodeCsv(bytes);
  if (text === null) return empty({ line: null, field: null, code: "encoding" });
  if (!text.trim()) return empty({ line: null, field: null, code: "emptyFile" });

  type CsvRecord = { record: string[]; info: { lines: number } };
  let records: CsvRecord[];
  try {
    // With `info: true` csv-parse returns { record, info } objects; its typings only describe plain records.
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as CsvRecord[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return empty({ line: typeof lines === "number" ? lines : null, field: null, code: "malformed", values: { detail: (error as Error).message.slice(0, 200) } });
  }
  // A record may span lines through quoted line breaks; report the line it starts on.
  const startLine = ({ record, info }: CsvRecord) =>
    info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

  const [header, ...body] = records;
  const columns: Partial<Record<OrderCsvField, string>> = {};
  const indexOf: Partial<Record<OrderCsvField, number>> = {};
  const issues: CsvIssue[] = [];
  header.record.forEach((name, index) => {
    const field = aliasToField.get(normalizeHeader(name));
    if (!field) return;
    if (indexOf[field] !== undefined) {
      issues.push({ line: startLine(header), field, code: "duplicateColumn", values: { column: name } });
      return;
    }
    indexOf[field] = index;
    columns[field] = name;
  });
  const missing = REQUIRED.filter((field) => indexOf[field] === undefined);
  if (missing.length) {
    issues.push({ line: startLine(header), field: missing[0], code: "missingColumns", values: { found: header.record.join(", ").slice(0, 200) } });
  }
  if (issues.length) return { rows: [], issues, columns };
  if (!body.length) return { rows: [], issues: [{ line: null, field: null, code: "noRows" }], columns };
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], issues: [{ line: null, field: null, code: "tooManyRows", values: { max: MAX_IMPORT_ROWS } }], columns };

  const rows: ParsedOrderRow[] = [];
  const orderLines = new Map<string, number>();
  const trackingLines = new Map<string, number>();
  const latestShip = now.getTime() + 24 * 3600_000;
  for (const entry of body) {
    const line = startLine(entry);
    const cells = entry.record;
    if (cells.length !== header.record.length) {
      issues.push({ line, field: null, code: "columnCount", values: { expected: header.record.length, found: cells.length } });
      continue;
    }
    const cell = (field: OrderCsvField) => (indexOf[field] === undefined ? "" : cells[indexOf[field]!]);
    const problem = (field: OrderCsvField, code: string, values?: CsvIssue["values"]) => issues.push({ line, field, code, values });
    const before = issues.length;

    const orderNo = cell("orderNo");
    if (!orderNo) problem("orderNo", "required");
    else if (orderNo.length > 64) problem("orderNo", "tooLong", { max: 64 });
    else if (orderLines.has(orderNo)) problem("orderNo", "duplicateOrder", { value: orderNo, firstLine: orderLines.get(orderNo)! });
    else orderLines.set(orderNo, line);

    const trackingNo = cell("trackingNo").replace(/\s/g, "") || null;
    if (trackingNo && !TRACKING_PATTERN.test(trackingNo)) problem("trackingNo", "trackingFormat", { value: trackingNo.slice(0, 40) });
    else if (trackingNo && trackingLines.has(trackingNo.toUpperCase())) {
      problem("trackingNo", "duplicateTracking", { value: trackingNo, firstLine: trackingLines.get(trackingNo.toUpperCase())! });
    } else if (trackingNo) trackingLines.set(trackingNo.toUpperCase(), line);

    const shipText = cell("shippedAt");
    const shippedAt = shipText ? parseShipDate(shipText) : null;
    if (shipText && !shippedAt) problem("shippedAt", "date", { value: shipText.slice(0, 40) });
    else if (shippedAt && shippedAt.getTime() > latestShip) problem("shippedAt", "futureDate", { value: shipText });

    const amountText = cell("amount");
    const amountFen = amountText ? parseYuanToFen(amountText) : null;
    if (!amountText) problem("amount", "required");
    else if (amountFen === null) problem("amount", "amount", { value: amountText.slice(0, 40) });
    else if (amountFen > MAX_FEN) problem("amount", "amountTooLarge", { value: amountText });

    const buyer = cell("buyer") || null;
    if (buyer && buyer.length > MAX_TEXT) problem("buyer", "tooLong", { max: MAX_TEXT });
    const product = cell("product") || null;
    if (product && product.length > MAX_TEXT) problem("product", "tooLong", { max: MAX_TEXT });

    if (issues.length === before) {
      rows.push({ line, orderNo, trackingNo: trackingNo?.toUpperCase() ?? null, shippedAt, buyer, amountFen: amountFen!, product });
    }
  }
  return { rows, issues, columns };
}
