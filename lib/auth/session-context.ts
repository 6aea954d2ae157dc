import { auth } from "./auth";
import { db } from "@/lib/db/prisma";
import { unauthenticated } from "@/lib/errors";
import { roleSchema, type Role } from "./roles";

/** Who is calling, for which merchant, in which role: the argument of every lib/ function that touches tenant data. */
export interface SessionContext {
  userId: string;
  userName: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: Role;
}

/** Resolves the session from request headers; null when signed out or without a merchant. */
export async function getSessionContext(headers: Headers): Promise<SessionContext | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const active = session.session.activeOrganizationId;
  const include = { organization: { select: { name: true } } } as const;
  // A member removed from the active merchant (or a user whose merchant was set after the
  // session began) continues in their first remaining merchant instead of being locked out.
  const member =
    (active ? await db.member.findFirst({ where: { userId: session.user.id, organizationId: active }, include }) : null) ??
    (await db.member.findFirst({ where: { userId: session.user.id }, orderBy: { createdAt: "asc" }, include }));
  if (!member) return null;
  return {
    userId: session.user.id,
    userName: session.user.name,
    email: session.user.email,
    organizationId: member.organizationId,
    organizationName: member.organization.name,
    role: roleSchema.parse(member.role),
  };
}

export async function requireSessionContext(headers: Headers): Promise<SessionContext> {
  const ctx = await getSessionContext(headers);
  if (!ctx) throw unauthenticated();
  return ctx;
}
