/**
 * Thrown by a handler when retrying cannot help (a broken image, a missing row): the job
 * fails at once with this message instead of being retried.
 */
export class PermanentJobError extends Error {
  constructor(message: string, readonly code = "PERMANENT") {
    super(message);
    this.name = "PermanentJobError";
  }
}
