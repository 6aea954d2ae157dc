// Seeds the demo merchant on an empty database and prints the demo logins.
import { db } from "@/lib/db/prisma";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";

const seeded = await seedDemoData();
if (seeded) {
  console.log("RefundProof: demo data created (merchant, stores, products, disputes, photos).");
  // Analyse the demo photos and render video frames now, so the first visit already shows findings.
  console.log(`RefundProof: ran ${await runJobsUntilIdle()} background jobs for the demo data.`);
}
if (await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email } })) {
  console.log("\n  Demo logins (password for all: " + DEMO_PASSWORD + ")");
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(9)} ${a.email}`);
}
