"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { invitationPath } from "@/lib/members/invitation-link";
import { invitationIdSchema, signUpInviteeSchema } from "@/lib/members/member-schemas";
import { signUpInvitee } from "@/lib/members/sign-up-invitee";

export async function signUpInviteeAction(invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const input = signUpInviteeSchema.parse({ invitationId, name: values.name, password: formData.get("password") });
    await signUpInvitee(input, await headers());
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect("/");
}

export async function acceptInvitationAction(invitationId: string): Promise<FormState> {
  try {
    await acceptInvitation(invitationIdSchema.parse({ invitationId }), await headers());
  } catch (error) {
    return errorToFormState(error, {});
  }
  redirect("/");
}

/** Signing out from here comes back to the invitation, so the right account can open it. */
export async function signOutToInvitationAction(invitationId: string): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect(invitationPath(invitationId));
}
