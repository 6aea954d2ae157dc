import { APIError } from "better-auth/api";

/** The error code of a better-auth API error (e.g. USER_ALREADY_EXISTS), if it is one. */
export function authErrorCode(error: unknown): string | undefined {
  return error instanceof APIError ? String(error.body?.code ?? "") : undefined;
}
