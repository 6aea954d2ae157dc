import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";
import { z } from "zod";

/**
 * The one permission table of the app. better-auth enforces the organisation/member/
 * invitation part inside its own endpoints; lib/auth/assert-permission.ts enforces the
 * domain part for everything in lib/.
 */
const statements = {
  ...defaultStatements,
  dispute: ["create", "update", "changeStatus"],
  evidence: ["upload", "withdraw"],
  order: ["import"],
  export: ["create"],
  review: ["decide", "assign"],
  settings: ["update"],
  audit: ["read"],
  legal: ["read"],
} as const;

export const ac = createAccessControl(statements);

const work = {
  dispute: ["create", "update", "changeStatus"],
  evidence: ["upload", "withdraw"],
  order: ["import"],
  export: ["create"],
} as const;

export const roles = {
  owner: ac.newRole({
    ...work,
    organization: ["update", "delete"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    review: ["decide", "assign"],
    settings: ["update"],
    audit: ["read"],
    legal: ["read"],
  }),
  admin: ac.newRole({
    ...work,
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    review: ["decide", "assign"],
    settings: ["update"],
    audit: ["read"],
    legal: ["read"],
  }),
  staff: ac.newRole({ ...work }),
  // Reviewers vet what leaves the company, so they may also produce the case file itself.
  reviewer: ac.newRole({ dispute: ["changeStatus"], review: ["decide"], audit: ["read"], export: ["create"], legal: ["read"] }),
};

export const roleSchema = z.enum(["owner", "admin", "staff", "reviewer"]);
export type Role = z.infer<typeof roleSchema>;
/** Roles an owner or admin may hand out by invitation (ownership is never invited). */
export const invitableRoleSchema = z.enum(["admin", "staff", "reviewer"]);

export type Permission = { [K in keyof typeof statements]?: (typeof statements)[K][number][] };
