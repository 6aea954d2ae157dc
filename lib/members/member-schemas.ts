import { z } from "zod";
import { invitableRoleSchema, roleSchema } from "@/lib/auth/roles";

export const inviteMemberSchema = z.object({
  email: z.email().max(200).transform((v) => v.toLowerCase()),
  role: invitableRoleSchema,
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = z.object({
  memberId: z.string().min(1),
  role: roleSchema,
});
export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleSchema>;

export const memberIdSchema = z.object({ memberId: z.string().min(1) });
export type MemberIdInput = z.input<typeof memberIdSchema>;

export const invitationIdSchema = z.object({ invitationId: z.string().min(1) });
export type InvitationIdInput = z.input<typeof invitationIdSchema>;

/** The invitee chooses only name and password: the email is the invited address. */
export const signUpInviteeSchema = z.object({
  invitationId: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  password: z.string().min(8).max(128),
});
export type SignUpInviteeInput = z.input<typeof signUpInviteeSchema>;
