import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db/prisma";
import { formatSessionAddress, SESSION_IPV6_PREFIX } from "./format-session-address";
import { getAuthSecret } from "./get-auth-secret";
import { ac, roles } from "./roles";

/** Failed and successful sign-in attempts allowed per IP per minute. */
const signInPerMinute = Number(process.env.AUTH_SIGNIN_RATE_LIMIT ?? 10);

/** How long an invitation link stays valid (lib/members/invite-member.ts writes invitations with it). */
export const INVITATION_LIFETIME_SECONDS = 60 * 60 * 24 * 7;

export const auth = betterAuth({
  appName: "RefundProof",
  database: prismaAdapter(db, { provider: "sqlite" }),
  secret: getAuthSecret(),
  // The app is reached as localhost, 127.0.0.1 or a LAN name: trust the request's own host.
  baseURL: {
    allowedHosts: (process.env.APP_HOSTS ?? "localhost:*,127.0.0.1:*,[::1]:*").split(","),
    protocol: process.env.APP_PROTOCOL === "https" ? "https" : "http",
    // Server-side calls without a request (seeding, tests) resolve against this.
    fallback: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
  },
  emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/email": { window: 60, max: signInPerMinute },
      "/sign-up/email": { window: 60, max: signInPerMinute },
    },
  },
  telemetry: { enabled: false },
  advanced: { ipAddress: { ipv6Subnet: SESSION_IPV6_PREFIX } },
  databaseHooks: {
    session: {
      create: {
        // A new session starts in the user's first merchant, so every page has a tenant.
        before: async (session) => {
          const membership = await db.member.findFirst({
            where: { userId: session.userId },
            orderBy: { createdAt: "asc" },
          });
          return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
        },
        // better-auth has committed the session by now: a sign-in that cannot be audited takes
        // its session away again and fails, so no unaudited session remains.
        after: async (session) => {
          await runAudited((tx) =>
            appendAuditEvent(tx, {
              organizationId: (session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null,
              actorUserId: session.userId,
              action: "auth.login",
              entityType: "session",
              entityId: session.id,
              data: { ipAddress: session.ipAddress ? formatSessionAddress(session.ipAddress) : null, userAgent: session.userAgent ?? null },
            }),
          ).catch(async (error: unknown) => {
            await db.session.deleteMany({ where: { id: session.id } });
            throw error;
          });
        },
      },
    },
  },
  plugins: [
    organization({
      ac,
      roles,
      creatorRole: "owner",
      allowUserToCreateOrganization: true,
      invitationExpiresIn: INVITATION_LIFETIME_SECONDS,
    }),
    nextCookies(),
  ],
});

export type Auth = typeof auth;
