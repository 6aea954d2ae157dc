"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireSessionContext } from "@/lib/auth/session-context";
import { changeDisputeStatus } from "@/lib/disputes/change-dispute-status";
import { createDispute } from "@/lib/disputes/create-dispute";
import { recordPlatformOutcome } from "@/lib/disputes/record-platform-outcome";
import { updateDispute } from "@/lib/disputes/update-dispute";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";

export async function createDisputeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let disputeId: string;
  try {
    const ctx = await requireSessionContext(await headers());
    disputeId = (await createDispute(ctx, values)).id;
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect(`/disputes/${disputeId}`);
}

export async function updateDisputeAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await updateDispute(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect(`/disputes/${disputeId}`);
}

export async function changeDisputeStatusAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await changeDisputeStatus(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath(`/disputes/${disputeId}`);
  return { ok: true };
}

export async function recordPlatformOutcomeAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await recordPlatformOutcome(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath(`/disputes/${disputeId}`);
  return { ok: true, values };
}
