"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireSessionContext } from "@/lib/auth/session-context";
import { errorToFormState, formValues, type FormState } from "@/lib/http/form-state";
import { createProduct } from "@/lib/products/create-product";

export async function createProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let productId: string;
  try {
    const ctx = await requireSessionContext(await headers());
    productId = (await createProduct(ctx, { name: values.name ?? "", sku: values.sku, storeId: values.storeId })).id;
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect(`/products/${productId}`);
}
