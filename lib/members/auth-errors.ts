import { APIError } from "better-auth/api";
import { AppError, forbidden, type AppErrorCode } from "@/lib/errors";

/** better-auth error codes the member flows can meet, as the app's own errors (keys under "errors"). */
const KNOWN: Record<string, { code: AppErrorCode; key: string; field?: string }> = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: { code: "CONFLICT", key: "alreadyMember", field: "email" },
  USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: { code: "CONFLICT", key: "alreadyInvited", field: "email" },
  INVITATION_LIMIT_REACHED: { code: "CONFLICT", key: "limitReached" },
  ORGANIZATION_MEMBERSHIP_LIMIT_REACHED: { code: "CONFLICT", key: "limitReached" },
  INVITATION_NOT_FOUND: { code: "NOT_FOUND", key: "invitationInvalid" },
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: { code: "NOT_FOUND", key: "notFound" },
  MEMBER_NOT_FOUND: { code: "NOT_FOUND", key: "notFound" },
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: { code: "CONFLICT", key: "lastOwner" },
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: { code: "CONFLICT", key: "lastOwner" },
};

export function authErrorCode(error: unknown): string | undefined {
  return error instanceof APIError ? String(error.body?.code ?? "") : undefined;
}

/**
 * Runs a better-auth call and turns its errors into AppErrors. lib/ checks the same rules
 * first, so these mostly matter when two people change the same thing at once.
 */
export async function callAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const known = KNOWN[authErrorCode(error) ?? ""];
    if (known) throw new AppError(known.code, known.key, {}, known.field ? { [known.field]: [known.key] } : {});
    if (error.statusCode === 401 || error.statusCode === 403) throw forbidden();
    throw error;
  }
}
