import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionContext, type SessionContext } from "./session-context";

/**
 * The session of a page render, or a redirect to sign-in. Pages render in parallel with
 * their layout, so each page must handle "signed out" itself; `cache` makes the layout and
 * the page share one session lookup per request.
 */
export const requirePageSession = cache(async (): Promise<SessionContext> => {
  const ctx = await getSessionContext(await headers());
  if (!ctx) redirect("/sign-in");
  return ctx;
});
