import { applySetCookies } from "better-auth/cookies";
import { auth } from "@/lib/auth/auth";

/** Request headers carrying a fresh session of a user with a password, as a browser would send them (tests). */
export async function signInHeaders(email: string, password = "password-123"): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const requestHeaders = new Headers();
  applySetCookies(requestHeaders, headers.getSetCookie());
  return requestHeaders;
}
