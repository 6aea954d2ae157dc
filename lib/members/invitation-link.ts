/** The accept page's path; the page has no other entry point, since no email is sent. */
export function invitationPath(invitationId: string): string {
  return `/accept-invitation/${encodeURIComponent(invitationId)}`;
}

/** Origin the caller reached the app on, so the copied link works from the same network. */
export function requestOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const protocol = headers.get("x-forwarded-proto") ?? (process.env.APP_PROTOCOL === "https" ? "https" : "http");
  return `${protocol}://${host}`;
}
