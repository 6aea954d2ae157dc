import type { Role } from "@/lib/auth/roles";

/** The demo logins printed by `npm start` and documented in the README. */
export const DEMO_PASSWORD = "demo-pass-2026";
export const DEMO_MERCHANT = "安心家居旗舰店";
export const DEMO_ACCOUNTS: { role: Role; email: string; name: string }[] = [
  { role: "owner", email: "owner@demo.refundproof.cn", name: "王店长" },
  { role: "staff", email: "staff@demo.refundproof.cn", name: "李客服" },
  { role: "reviewer", email: "reviewer@demo.refundproof.cn", name: "赵审核" },
];
