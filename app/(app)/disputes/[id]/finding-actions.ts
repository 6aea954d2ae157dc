"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireSessionContext } from "@/lib/auth/session-context";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";

export async function reviewFindingAction(disputeId: string, findingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const ctx = await requireSessionContext(await headers());
    await reviewFinding(ctx, findingId, values);
  } catch (error) {
    return errorToFormState(error, values);
  }
  // The same findings are reviewed from the dispute page and from the review queue.
  revalidatePath(`/disputes/${disputeId}`);
  revalidatePath(`/review/${disputeId}`);
  revalidatePath("/review");
  return { ok: true };
}
