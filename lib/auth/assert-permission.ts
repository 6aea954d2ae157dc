import { forbidden } from "@/lib/errors";
import { roles, type Permission } from "./roles";
import type { SessionContext } from "./session-context";

export function hasPermission(ctx: Pick<SessionContext, "role">, permission: Permission): boolean {
  return roles[ctx.role].authorize(permission as never).success;
}

/** Throws FORBIDDEN unless the caller's role grants the permission. */
export function assertPermission(ctx: Pick<SessionContext, "role">, permission: Permission): void {
  if (!hasPermission(ctx, permission)) throw forbidden();
}
