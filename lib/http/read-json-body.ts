import { AppError } from "@/lib/errors";

/**
 * The parsed JSON body of a request, or a 400 "not valid JSON". Its shape is left to the
 * zod schema of the lib function the route calls.
 */
export async function readJsonBody<T>(request: Request): Promise<T> {
  return (await request.json().catch(() => {
    throw new AppError("VALIDATION", "invalidJson");
  })) as T;
}
