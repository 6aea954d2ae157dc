"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireSessionContext } from "@/lib/auth/session-context";
import { regenerateDocumentDraft } from "@/lib/documents/regenerate-document-draft";
import { saveDocumentDraft } from "@/lib/documents/save-document-draft";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";

export async function saveDocumentAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await saveDocumentDraft(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath(`/disputes/${disputeId}`);
  return { ok: true, values };
}

export async function regenerateDocumentAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await regenerateDocumentDraft(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath(`/disputes/${disputeId}`);
  return { ok: true };
}
