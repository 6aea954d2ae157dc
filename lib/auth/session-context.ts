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
  if (!session?.session.activeOrganizationId) return null;
  const member = await db.member.findFirst({
    where: { userId: session.user.id, organizationId: session.session.activeOrganizationId },
    include: { organization: { select: { name: true } } },
  });
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
