import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { addMember, createMerchant, sessionCookie } from "@/test/factories";
import { POST as importRoute } from "@/app/api/orders/imports/route";
import { POST as previewRoute } from "@/app/api/orders/imports/preview/route";
import { importOrders, OrderImportRejected } from "./import-orders";
import { listOrders } from "./list-orders";
import { parseOrdersCsv, parseShipDate } from "./parse-orders-csv";
import { previewOrderImport } from "./preview-order-import";

let owner: SessionContext;
let storeId: string;
let other: SessionContext;
let otherStoreId: string;

const csv = (text: string) => new TextEncoder().encode(text);
const GOOD = [
  "订单号,快递单号,发货时间,买家,金额,商品",
  "TB1001,SF1428866310245,2026-11-01 10:00,buyer_a,128.00,CUP-01",
  "TB1002,YT7512345678901,2026/11/02,buyer_b,\"1,299.50\",白瓷马克杯",
  "TB1003,,,,9.9,",
].join("\n");

async function snapshot() {
  return { orders: await db.order.count(), imports: await db.orderImport.count(), buyers: await db.buyer.count(), audit: await db.auditEvent.count() };
}

beforeAll(async () => {
  owner = await createMerchant("导入测试店");
  storeId = (await db.store.create({ data: { organizationId: owner.organizationId, platform: "TAOBAO", name: "天猫旗舰店" } })).id;
  await db.product.create({ data: { organizationId: owner.organizationId, name: "陶瓷杯", sku: "CUP-01" } });
  await db.product.create({ data: { organizationId: owner.organizationId, name: "白瓷马克杯" } });
  other = await createMerchant("别家店");
  otherStoreId = (await db.store.create({ data: { organizationId: other.organizationId, platform: "TAOBAO", name: "别家" } })).id;
  await db.product.create({ data: { organizationId: other.organizationId, name: "陶瓷杯", sku: "CUP-01" } });
});

describe("parseOrdersCsv", () => {
  it("maps Chinese and English headers and reads every field", () => {
    const parsed = parseOrdersCsv(csv(GOOD));
    expect(parsed.issues).toEqual([]);
    expect(parsed.columns).toMatchObject({ orderNo: "订单号", trackingNo: "快递单号", amount: "金额" });
    expect(parsed.rows[0]).toMatchObject({ line: 2, orderNo: "TB1001", trackingNo: "SF1428866310245", buyer: "buyer_a", amountFen: 12800, product: "CUP-01" });
    expect(parsed.rows[0].shippedAt?.toISOString()).toBe("2026-11-01T02:00:00.000Z");
    expect(parsed.rows[1]).toMatchObject({ amountFen: 129950 });
    expect(parsed.rows[2]).toMatchObject({ line: 4, trackingNo: null, shippedAt: null, buyer: null, amountFen: 990, product: null });
    const english = parseOrdersCsv(csv("order_no,Tracking No,ship_date,amount\nA-1,sf123456789,2026-11-03T08:00:00Z,5\n"));
    expect(english.issues).toEqual([]);
    expect(english.rows[0]).toMatchObject({ orderNo: "A-1", trackingNo: "SF123456789", amountFen: 500 });
  });

  it("reads a GBK (GB18030) file as Excel saves it, and refuses a binary file", () => {
    const gbk = Buffer.from("b6a9b5a5bac52cbdf0b6ee0a5442313030312c3132380a", "hex"); // "订单号,金额\nTB1001,128\n" in GBK
    expect(parseOrdersCsv(gbk).rows).toMatchObject([{ orderNo: "TB1001", amountFen: 12800 }]);
    expect(parseOrdersCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe])).issues).toEqual([{ line: null, field: null, code: "encoding" }]);
  });

  it("names the line and column of every malformed row", () => {
    const parsed = parseOrdersCsv(
      csv(
        [
          "order_no,tracking_no,ship_date,amount",
          "A1,SF100000001,2026-11-01,10",
          "A2,SF100000002,2026-02-30,10",
          ",SF100000003,2026-11-01,10",
          "A4,SF100000004,2026-11-01,12.345",
          "A1,SF100000005,2026-11-01,10",
          "A6,SF100000001,2026-11-01,10",
          "A7,SF100000007",
          "A8,SF 1,2099-01-01,-3",
        ].join("\r\n"),
      ),
    );
    expect(parsed.issues.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, "shippedAt", "date"],
      [4, "orderNo", "required"],
      [5, "amount", "amount"],
      [6, "orderNo", "duplicateOrder"],
      [7, "trackingNo", "duplicateTracking"],
      [8, null, "columnCount"],
      [9, "trackingNo", "trackingFormat"],
      [9, "shippedAt", "futureDate"],
      [9, "amount", "amount"],
    ]);
    expect(parsed.issues[3].values).toMatchObject({ value: "A1", firstLine: 2 });
    expect(parsed.rows.map((row) => row.orderNo)).toEqual(["A1"]);
  });

  it("reports file-level problems: no header, a quote never closed, only a header", () => {
    expect(parseOrdersCsv(csv("TB1,SF1234567,12\n")).issues[0]).toMatchObject({ line: 1, code: "missingColumns" });
    expect(parseOrdersCsv(csv('订单号,金额\n"TB1,12\nTB2,3\n')).issues[0]).toMatchObject({ code: "malformed" });
    expect(parseOrdersCsv(csv("订单号,金额\n")).issues[0]).toMatchObject({ code: "noRows" });
    expect(parseOrdersCsv(csv("")).issues[0]).toMatchObject({ code: "emptyFile" });
  });

  it("reports the first line of a record with a quoted line break", () => {
    const parsed = parseOrdersCsv(csv('订单号,商品,金额\nA1,"杯子\n礼盒",10\nA2,杯子,x\n'));
    expect(parsed.rows[0]).toMatchObject({ line: 2, product: "杯子\n礼盒" });
    expect(parsed.issues[0]).toMatchObject({ line: 4, field: "amount" });
  });

  it("reads ship dates in China time and refuses impossible ones", () => {
    expect(parseShipDate("2026-11-20")?.toISOString()).toBe("2026-11-19T16:00:00.000Z");
    expect(parseShipDate("2026年11月20日 08:30")?.toISOString()).toBe("2026-11-20T00:30:00.000Z");
    expect(parseShipDate("2026-11-20T08:30:00+0100")?.toISOString()).toBe("2026-11-20T07:30:00.000Z");
    for (const bad of ["2026-13-01", "2026-02-29", "20/11/2026", "yesterday", "2026-11-20 25:00"]) expect(parseShipDate(bad)).toBeNull();
  });
});

describe("importOrders", () => {
  it("imports a good file: orders, products by SKU or name, buyers, an OrderImport record and an audit event", async () => {
    const result = await importOrders(owner, { storeId, fileName: "orders.csv", bytes: csv(GOOD) });
    expect(result).toMatchObject({ created: 3, updated: 0 });
    const orders = await db.order.findMany({ where: { organizationId: owner.organizationId }, include: { product: true, buyer: true }, orderBy: { orderNo: "asc" } });
    expect(orders.map((order) => [order.orderNo, order.trackingNo, order.amountFen, order.product?.name ?? null, order.buyer?.platformBuyerId ?? null])).toEqual([
      ["TB1001", "SF1428866310245", 12800, "陶瓷杯", "buyer_a"],
      ["TB1002", "YT7512345678901", 129950, "白瓷马克杯", "buyer_b"],
      ["TB1003", null, 990, null, null],
    ]);
    // Never another merchant's product with the same SKU.
    expect(orders[0].product?.organizationId).toBe(owner.organizationId);
    const record = await db.orderImport.findUniqueOrThrow({ where: { id: result.importId } });
    expect(record).toMatchObject({ rowCount: 3, fileName: "orders.csv", createdById: owner.userId });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "order.import", entityId: result.importId } });
    expect(JSON.parse(event.data)).toMatchObject({ rows: 3, created: 3, sha256: record.sha256 });
  });

  it("updates existing orders by order number and keeps facts a blank cell does not give", async () => {
    const result = await importOrders(owner, { storeId, fileName: "again.csv", bytes: csv("订单号,金额,快递单号\nTB1001,130,\nTB1004,5,JD0012345678\n") });
    expect(result).toMatchObject({ created: 1, updated: 1 });
    const order = await db.order.findUniqueOrThrow({ where: { organizationId_orderNo: { organizationId: owner.organizationId, orderNo: "TB1001" } } });
    expect(order).toMatchObject({ amountFen: 13000, trackingNo: "SF1428866310245" });
  });

  it("imports nothing when one row is bad, and says which line", async () => {
    const before = await snapshot();
    const bad = "订单号,快递单号,金额\nTB2001,SF200000001,10\nTB2002,SF200000002,十元\nTB2003,SF200000003,30\n";
    const error = await importOrders(owner, { storeId, fileName: "bad.csv", bytes: csv(bad) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OrderImportRejected);
    expect((error as OrderImportRejected).preview.issues).toEqual([{ line: 3, field: "amount", code: "amount", values: { value: "十元" } }]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a tracking number that belongs to another order and an order number of another store", async () => {
    const secondStore = (await db.store.create({ data: { organizationId: owner.organizationId, platform: "JD", name: "京东店" } })).id;
    const preview = await previewOrderImport(owner, { storeId, fileName: "x.csv", bytes: csv("订单号,快递单号,金额\nTB3001,SF1428866310245,1\n") });
    expect(preview.issues).toEqual([{ line: 2, field: "trackingNo", code: "trackingTaken", values: { value: "SF1428866310245", orderNo: "TB1001" } }]);
    const moved = await previewOrderImport(owner, { storeId: secondStore, fileName: "x.csv", bytes: csv("订单号,金额\nTB1002,1\n") });
    expect(moved.issues).toMatchObject([{ line: 2, field: "orderNo", code: "orderInOtherStore" }]);
  });

  it("is tenant-scoped: another merchant's store is 404, its orders neither match nor show", async () => {
    const before = await snapshot();
    await expect(importOrders(owner, { storeId: otherStoreId, fileName: "x.csv", bytes: csv(GOOD) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
    // The same order and tracking numbers are free in another merchant.
    const theirs = await importOrders(other, { storeId: otherStoreId, fileName: "theirs.csv", bytes: csv(GOOD) });
    expect(theirs.created).toBe(3);
    const mine = await listOrders(owner, { q: "SF1428866310245" });
    expect(mine.items.map((order) => order.organizationId)).toEqual([owner.organizationId]);
    expect((await listOrders(other, { q: "TB1004" })).total).toBe(0);
  });

  it("lets staff import but not a reviewer", async () => {
    const reviewer = await addMember(owner, "reviewer");
    await expect(importOrders(reviewer, { storeId, fileName: "x.csv", bytes: csv(GOOD) })).rejects.toBeInstanceOf(AppError);
    const staff = await addMember(owner, "staff");
    await expect(importOrders(staff, { storeId, fileName: "x.csv", bytes: csv("订单号,金额\nTB5001,1\n") })).resolves.toMatchObject({ created: 1 });
  });
});

describe("import API", () => {
  function form(text: string, store = storeId, name = "orders.csv") {
    const body = new FormData();
    body.append("storeId", store);
    body.append("file", new File([text], name, { type: "text/csv" }));
    return body;
  }

  it("previews with messages naming line and column, imports nothing on a bad file, and 201 on a good one", async () => {
    const cookie = await sessionCookie(owner);
    const headers = { cookie, "accept-language": "en" };
    const text = "order_no,amount,ship_date\nAPI-1,10,2026-11-01\nAPI-2,10,2026-09-31\n";
    const preview = await previewRoute(new Request("http://localhost/api/orders/imports/preview", { method: "POST", body: form(text), headers }), { params: Promise.resolve({}) });
    expect(preview.status).toBe(200);
    const { preview: body } = await preview.json();
    expect(body.rows).toHaveLength(1);
    expect(body.issues[0].message).toBe("Line 3 · Ship date: “2026-09-31” is not a valid date; use e.g. 2026-11-20 or 2026-11-20 14:30 (China time).");

    const before = await snapshot();
    const rejected = await importRoute(new Request("http://localhost/api/orders/imports", { method: "POST", body: form(text), headers }), { params: Promise.resolve({}) });
    expect(rejected.status).toBe(400);
    const error = await rejected.json();
    expect(error.error.message).toMatch(/1 problem; nothing was imported/);
    expect(error.issues[0]).toMatchObject({ line: 3, field: "shippedAt" });
    expect(await snapshot()).toEqual(before);

    const fixed = text.replace("2026-09-31", "2026-09-30");
    const ok = await importRoute(new Request("http://localhost/api/orders/imports", { method: "POST", body: form(fixed), headers }), { params: Promise.resolve({}) });
    expect(ok.status).toBe(201);
    expect((await ok.json()).import).toMatchObject({ created: 2 });
  });
});
