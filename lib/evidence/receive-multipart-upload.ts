import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { evidenceKindSchema } from "./evidence-schemas";
import { stageUploadFile, type StagedFile } from "./stage-upload-file";

export interface ReceivedUpload {
  kind: EvidenceKind;
  originalName: string;
  file: StagedFile;
}

const MAX_NAME_LENGTH = 200;

/**
 * Parses a multipart/form-data upload as it arrives: the field `kind` first, then exactly
 * one file part. The kind must precede the file because it decides the type and size
 * rules applied while the file streams past; nothing is buffered to wait for it.
 * Resolves once the whole body has been read and the file is staged; on any failure
 * (bad form, client abort, rule violation) the staged file is removed before rejecting.
 */
export async function receiveMultipartUpload(body: Readable, contentType: string | null): Promise<ReceivedUpload> {
  let form: busboy.Busboy;
  try {
    form = busboy({
      headers: { "content-type": contentType ?? "" },
      // Browsers send file names as raw UTF-8; busboy's default would read them as Latin-1.
      defParamCharset: "utf8",
      limits: { files: 1, fields: 10, parts: 11, fieldSize: 1024, headerPairs: 20 },
    });
  } catch {
    throw new AppError("VALIDATION", "evidence.uploadNotMultipart");
  }

  let kind: EvidenceKind | undefined;
  let originalName = "";
  // Never rejects: the outcome is inspected after the body is done, and failures also tear down the form.
  let staging: Promise<{ file: StagedFile } | { error: unknown }> | undefined;

  form.on("field", (name, value) => {
    if (name !== "kind") return;
    const parsed = evidenceKindSchema.safeParse(value);
    if (parsed.success) kind = parsed.data;
    else form.destroy(new AppError("VALIDATION", "evidence.uploadKindInvalid", { kind: value.slice(0, 40) }));
  });
  form.on("file", (_name, stream, info) => {
    // Failures reach us through the form's pipeline; without a listener, a file stream
    // destroyed along with the form (before staging attaches) would throw process-wide.
    stream.on("error", () => undefined);
    if (!kind) {
      stream.resume();
      form.destroy(new AppError("VALIDATION", "evidence.uploadKindFirst"));
      return;
    }
    originalName = cleanFileName(info.filename);
    staging = stageUploadFile(stream, kind).then(
      (file) => ({ file }),
      (error: unknown) => {
        form.destroy(error as Error);
        return { error };
      },
    );
  });
  const tooMany = () => form.destroy(new AppError("VALIDATION", "evidence.uploadTooManyParts"));
  form.on("filesLimit", tooMany);
  form.on("fieldsLimit", tooMany);
  form.on("partsLimit", tooMany);

  try {
    await pipeline(body, form);
  } catch (error) {
    const outcome = await staging;
    if (outcome && "file" in outcome) await rm(outcome.file.path, { force: true });
    // The file's own failure (a rule, the disk) is the cause; the torn-down form only follows from it.
    if (outcome && "error" in outcome) throw outcome.error;
    throw error instanceof AppError ? error : new AppError("VALIDATION", "evidence.uploadAborted");
  }
  if (!staging || !kind) throw new AppError("VALIDATION", "evidence.uploadNoFile");
  const outcome = await staging;
  if ("error" in outcome) throw outcome.error;
  return { kind, originalName, file: outcome.file };
}

/**
 * Keeps only the last path segment and drops control characters; the name is shown and
 * offered on download. Browsers escape `"` in multipart file names as %22 (HTML spec), so
 * that one escape is undone.
 */
function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").replaceAll("%22", '"').split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_NAME_LENGTH);
  return clean || "upload";
}
