"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireSessionContext } from "@/lib/auth/session-context";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";
import { assignReviewer } from "@/lib/review/assign-reviewer";

export async function assignReviewerAction(disputeId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await assignReviewer(ctx, disputeId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath("/review");
  revalidatePath(`/review/${disputeId}`);
  return { ok: true };
}
