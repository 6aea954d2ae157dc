import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default function SignUpPage() {
  return <SignUpForm action={signUpAction} />;
}
