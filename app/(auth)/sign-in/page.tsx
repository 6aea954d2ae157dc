import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionContext } from "@/lib/auth/session-context";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage() {
  if (await getSessionContext(await headers())) redirect("/");
  return <SignInForm />;
}
