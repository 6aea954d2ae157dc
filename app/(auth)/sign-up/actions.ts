"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUpMerchant, signUpMerchantSchema } from "@/lib/auth/sign-up-merchant";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const input = signUpMerchantSchema.parse({ ...values, password: formData.get("password") });
    await signUpMerchant(input, await headers());
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect("/");
}
