/**
 * Domain errors thrown by lib/ and turned into HTTP answers or form messages at the edge.
 * `messageKey` is an i18n key under the "errors" namespace, so every error reaches the
 * user in their language.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_TYPE"
  | "RATE_LIMITED";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  RATE_LIMITED: 429,
};

/** Every code an error body can carry besides INTERNAL (an unexpected failure). */
export const APP_ERROR_CODES = Object.keys(STATUS) as AppErrorCode[];

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.status = STATUS[code];
  }
}

export const notFound = () => new AppError("NOT_FOUND", "notFound");
export const forbidden = () => new AppError("FORBIDDEN", "forbidden");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");
