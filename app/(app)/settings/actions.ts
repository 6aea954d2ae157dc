"use server";
import { revalidatePath } from "next/cache";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { headers } from "next/headers";
import { requireSessionContext, type SessionContext } from "@/lib/auth/session-context";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { changeMemberRoleSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema } from "@/lib/members/member-schemas";
import { removeMember } from "@/lib/members/remove-member";
import { createStore } from "@/lib/stores/create-store";
import { createStoreSchema } from "@/lib/stores/store-schemas";
import { updateProvinceThresholds } from "@/lib/legal/update-province-thresholds";
import { updateTsaUrl } from "@/lib/timestamps/update-tsa-url";

/**
 * Resolves the caller, runs one lib/ call and refreshes the page; errors become form state.
 * `result` picks what the form shows next from the call's return value (nothing by default).
 */
async function settingsAction<T, R = never>(
  formData: FormData,
  work: (ctx: SessionContext, values: Record<string, string>) => Promise<T>,
  result?: (value: T) => R,
): Promise<FormState<R>> {
  const values = formValues(formData);
  let value: T;
  try {
    value = await work(await requireSessionContext(await headers()), values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath("/settings");
  return result ? { ok: true, result: result(value) } : { ok: true };
}

export async function inviteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => inviteMember(ctx, inviteMemberSchema.parse(values)));
}

export async function cancelInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => cancelInvitation(ctx, invitationIdSchema.parse(values)));
}

export async function changeMemberRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => changeMemberRole(ctx, changeMemberRoleSchema.parse(values)));
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => removeMember(ctx, memberIdSchema.parse(values)));
}

export async function createStoreAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => createStore(ctx, createStoreSchema.parse(values)));
}

export async function updateProvinceThresholdsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => updateProvinceThresholds(ctx, values));
}

export async function updateTsaUrlAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return settingsAction(formData, (ctx, values) => updateTsaUrl(ctx, values));
}

/** The new key travels back once, to be shown once; it is not stored anywhere it could be read again. */
export async function createApiKeyAction(_prev: FormState<{ key: string; name: string }>, formData: FormData): Promise<FormState<{ key: string; name: string }>> {
  return settingsAction(formData, (ctx, values) => createApiKey(ctx, values), ({ key, apiKey }) => ({ key, name: apiKey.name }));
}

export async function revokeApiKeyAction(_prev: FormState<{ name: string }>, formData: FormData): Promise<FormState<{ name: string }>> {
  return settingsAction(formData, (ctx, values) => revokeApiKey(ctx, values), (apiKey) => ({ name: apiKey.name }));
}
