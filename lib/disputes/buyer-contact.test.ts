import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createDispute } from "./create-dispute";
import { disputeInput, merchantWithStore } from "./dispute-test-fixtures";
import { hashBuyerContact, normalizeAddress, normalizePhone } from "./hash-buyer-contact";
import { updateDispute } from "./update-dispute";

const PHONE = "13800138000";
const ADDRESS = "浙江省杭州市西湖区 文三路 100号";

/** Every text value of every row of the tables that could hold buyer data, as one string. */
async function allStoredText() {
  const rows = [
    ...(await db.buyer.findMany()),
    ...(await db.order.findMany()),
    ...(await db.dispute.findMany()),
    ...(await db.disputeStatusChange.findMany()),
    ...(await db.auditEvent.findMany()),
  ];
  return JSON.stringify(rows);
}

describe("buyer contact details", () => {
  it("normalises phone numbers and addresses before hashing", () => {
    expect(normalizePhone("+86 138-0013-8000")).toBe(PHONE);
    expect(normalizePhone("0086 13800138000")).toBe(PHONE);
    expect(normalizePhone("8613800138000")).toBe(PHONE);
    expect(normalizePhone("138****8000")).toBe("138****8000");
    expect(normalizeAddress("浙江省杭州市 西湖区\t文三路１００号")).toBe(normalizeAddress("浙江省杭州市西湖区文三路100号"));
    expect(hashBuyerContact({ phone: "138 0013 8000" }).phoneHash).toBe(hashBuyerContact({ phone: PHONE }).phoneHash);
    expect(hashBuyerContact({ phone: "138****8000" }).phoneHash).not.toBe(hashBuyerContact({ phone: PHONE }).phoneHash);
    // The same text as phone and as address does not give the same hash.
    expect(hashBuyerContact({ phone: PHONE }).phoneHash).not.toBe(hashBuyerContact({ address: PHONE }).addressHash);
    expect(hashBuyerContact({ phone: "", address: null })).toEqual({ phoneHash: null, addressHash: null });
  });

  it("stores phone and address only as salted hashes, nowhere in clear", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createDispute(owner, disputeInput(store.id, { buyerNickname: "买家甲", buyerPhone: "+86 138-0013-8000", buyerAddress: ADDRESS }));
    const updated = await updateDispute(owner, dispute.id, { buyerPhone: "13900139000", buyerAddress: "上海市浦东新区 世纪大道 1 号" });
    const stored = await allStoredText();
    for (const clear of [PHONE, "138-0013-8000", "13900139000", "文三路", "世纪大道"]) expect(stored).not.toContain(clear);
    const buyer = await db.buyer.findUniqueOrThrow({ where: { id: updated.buyerId! } });
    expect(buyer.phoneHash).toMatch(/^[0-9a-f]{64}$/);
    expect(buyer.addressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(buyer.phoneHash).toBe(hashBuyerContact({ phone: "13900139000" }).phoneHash);
  });

  it("matches the same phone to the same buyer, even under another nickname", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await createDispute(owner, disputeInput(store.id, { buyerNickname: "买家甲", buyerPhone: PHONE }));
    const second = await createDispute(owner, disputeInput(store.id, { buyerNickname: "改名了", buyerPhone: "138 0013 8000" }));
    expect(second.buyerId).toBe(first.buyerId);
    expect(await db.buyer.findUniqueOrThrow({ where: { id: first.buyerId! } })).toMatchObject({ nickname: "改名了" });
    const other = await createDispute(owner, disputeInput(store.id, { buyerNickname: "买家甲", buyerPhone: "13900000000" }));
    expect(other.buyerId).not.toBe(first.buyerId);
  });

  it("matches by platform account id first, and never merges two different account ids", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await createDispute(owner, disputeInput(store.id, { buyerPlatformId: "tb_001", buyerNickname: "小王" }));
    const again = await createDispute(owner, disputeInput(store.id, { buyerPlatformId: "tb_001", buyerNickname: "新昵称" }));
    expect(again.buyerId).toBe(first.buyerId);
    const namesake = await createDispute(owner, disputeInput(store.id, { buyerPlatformId: "tb_002", buyerNickname: "新昵称" }));
    expect(namesake.buyerId).not.toBe(first.buyerId);
    const byNickname = await createDispute(owner, disputeInput(store.id, { buyerNickname: "新昵称" }));
    expect(byNickname.buyerId).toBe(first.buyerId);
    const anonymous = await createDispute(owner, disputeInput(store.id));
    expect(anonymous.buyerId).toBeNull();
  });

  it("keeps buyers of different merchants apart", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    const mine = await createDispute(a.owner, disputeInput(a.store.id, { buyerPhone: PHONE }));
    const theirs = await createDispute(b.owner, disputeInput(b.store.id, { buyerPhone: PHONE }));
    expect(theirs.buyerId).not.toBe(mine.buyerId);
  });
});
