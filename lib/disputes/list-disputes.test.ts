import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createStore } from "@/lib/stores/create-store";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { DISPUTES_PAGE_SIZE, listDisputes } from "./list-disputes";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-11-01T12:00:00Z");

let owner: SessionContext;
let taobaoId: string;
let jdId: string;
const ids: Record<string, string> = {};

const orderNos = async (query: Parameters<typeof listDisputes>[1]) => (await listDisputes(owner, query, now)).items.map((d) => d.order.orderNo);

beforeAll(async () => {
  const setup = await merchantWithStore("TAOBAO");
  owner = setup.owner;
  taobaoId = setup.store.id;
  jdId = (await createStore(owner, { platform: "JD", name: "京东店" })).id;
  const make = async (orderNo: string, storeId: string, extra: Parameters<typeof createTestDispute>[2] = {}) => {
    ids[orderNo] = (await createTestDispute(owner, storeId, { orderNo, ...extra })).id;
  };
  await make("TB-1001", taobaoId, { trackingNo: "SF900001", buyerNickname: "爱买杯子的人", buyerPlatformId: "tb_alice" });
  await make("TB-1002", taobaoId, { trackingNo: "YT500002", buyerNickname: "路人乙" });
  await make("JD-2001", jdId, { buyerPlatformId: "jd_bob" });
  await make("JD-2002", jdId);
  // Deadlines relative to `now`: overdue, in 5 h, in 3 days, in 30 days.
  const deadlines: Record<string, Date> = {
    "TB-1001": new Date(now.getTime() - 2 * HOUR),
    "TB-1002": new Date(now.getTime() + 5 * HOUR),
    "JD-2001": new Date(now.getTime() + 72 * HOUR),
    "JD-2002": new Date(now.getTime() + 720 * HOUR),
  };
  for (const [orderNo, responseDeadline] of Object.entries(deadlines)) {
    await db.dispute.update({ where: { id: ids[orderNo] }, data: { responseDeadline } });
  }
  await db.dispute.update({ where: { id: ids["JD-2002"] }, data: { status: "SUBMITTED" } });
});

describe("listDisputes", () => {
  it("lists newest first", async () => {
    expect(await orderNos({})).toEqual(["JD-2002", "JD-2001", "TB-1002", "TB-1001"]);
  });

  it("filters by status, platform and store", async () => {
    expect(await orderNos({ status: "SUBMITTED" })).toEqual(["JD-2002"]);
    expect(await orderNos({ status: "OPEN", platform: "JD" })).toEqual(["JD-2001"]);
    expect(await orderNos({ storeId: taobaoId })).toEqual(["TB-1002", "TB-1001"]);
    expect(await orderNos({ platform: "PINDUODUO" })).toEqual([]);
  });

  it("filters by deadline window, most urgent first, counting only disputes still awaiting a response", async () => {
    expect(await orderNos({ deadline: "overdue" })).toEqual(["TB-1001"]);
    expect(await orderNos({ deadline: "24h" })).toEqual(["TB-1002"]);
    expect(await orderNos({ deadline: "7d" })).toEqual(["TB-1002", "JD-2001"]);
    // JD-2002's deadline is 30 days out and it is already submitted.
    expect(await orderNos({ deadline: "7d", status: "SUBMITTED" })).toEqual([]);
  });

  it("searches order and tracking numbers, buyer ids and nicknames by prefix", async () => {
    expect(await orderNos({ q: "TB-100" })).toEqual(["TB-1002", "TB-1001"]);
    expect(await orderNos({ q: "JD-2001" })).toEqual(["JD-2001"]);
    expect(await orderNos({ q: "YT5" })).toEqual(["TB-1002"]);
    expect(await orderNos({ q: "jd_bob" })).toEqual(["JD-2001"]);
    expect(await orderNos({ q: "爱买" })).toEqual(["TB-1001"]);
    expect(await orderNos({ q: "路人乙" })).toEqual(["TB-1002"]);
    expect(await orderNos({ q: "1001", platform: "JD" })).toEqual([]);
    expect(await orderNos({ q: "nothing-like-this" })).toEqual([]);
  });

  it("ignores malformed parameters instead of failing", async () => {
    const page = await listDisputes(owner, { status: "NOPE", platform: "", deadline: "soon", page: "-3", q: "  " }, now);
    expect(page.query).toEqual({ page: 1 });
    expect(page.total).toBe(4);
  });
});

describe("listDisputes pagination", () => {
  it("returns pages of 25 with the total, without overlap or gaps", async () => {
    const { owner: busy, store } = await merchantWithStore();
    const total = DISPUTES_PAGE_SIZE * 2 + 3;
    const base = Date.now() - total * 60_000;
    for (let i = 0; i < total; i++) {
      const d = await createTestDispute(busy, store.id, { orderNo: `P-${String(i).padStart(3, "0")}` });
      await db.dispute.update({ where: { id: d.id }, data: { createdAt: new Date(base + i * 60_000) } });
    }
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listDisputes(busy, { page: String(page) })));
    expect(pages.map((p) => p.items.length)).toEqual([25, 25, 3, 0]);
    expect(pages.every((p) => p.total === total && p.pageCount === 3)).toBe(true);
    const seen = pages.flatMap((p) => p.items.map((d) => d.order.orderNo));
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `P-${String(total - 1 - i).padStart(3, "0")}`));
  });
});
