import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { signUpMerchant } from "@/lib/auth/sign-up-merchant";
import { db } from "@/lib/db/prisma";
import { createProduct } from "@/lib/products/create-product";
import { createStore } from "@/lib/stores/create-store";
import { DEMO_ACCOUNTS, DEMO_MERCHANT, DEMO_PASSWORD } from "./demo-accounts";

/**
 * Fills an empty database with a believable demo merchant, through the same lib/
 * functions the app uses (so the audit chain covers the demo data too).
 * Returns false and does nothing when any user exists.
 */
export async function seedDemoData(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const [owner, ...others] = DEMO_ACCOUNTS;
  const { userId, organizationId } = await signUpMerchant(
    { name: owner.name, email: owner.email, password: DEMO_PASSWORD, merchantName: DEMO_MERCHANT },
    new Headers(),
  );
  const ctx: SessionContext = { userId, userName: owner.name, email: owner.email, organizationId, organizationName: DEMO_MERCHANT, role: "owner" };
  for (const account of others) {
    const { user } = await auth.api.signUpEmail({ body: { name: account.name, email: account.email, password: DEMO_PASSWORD } });
    await auth.api.addMember({ body: { userId: user.id, role: account.role, organizationId } });
  }

  const taobao = await createStore(ctx, { platform: "TAOBAO", name: "安心家居淘宝店" });
  const pdd = await createStore(ctx, { platform: "PINDUODUO", name: "安心家居拼多多店" });
  const douyin = await createStore(ctx, { platform: "DOUYIN", name: "安心家居抖音小店" });
  await createProduct(ctx, { name: "陶瓷马克杯 350ml", sku: "MUG-350", storeId: taobao.id });
  await createProduct(ctx, { name: "纯棉中筒袜（红色）", sku: "SOCK-RED", storeId: pdd.id });
  await createProduct(ctx, { name: "搪胶小黄鸭玩具", sku: "DUCK-01", storeId: douyin.id });
  return true;
}
