import * as pkijs from "pkijs";
import { buildTimestampRequest, SHA256_OID } from "./build-timestamp-request";
import { parseTimestampToken } from "./parse-timestamp-token";

/** The TSA answered but refused, or answered with a token for something else: asking again will not help. */
export class TimestampRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TimestampRejectedError";
  }
}

export interface IssuedTimestamp {
  tokenDer: Uint8Array<ArrayBuffer>;
  genTime: Date;
  serialNumber: string;
  policyOid: string;
  tsaName: string | null;
}

const TSA_TIMEOUT_MS = 20_000;
const PKI_STATUS = ["granted", "grantedWithMods", "rejection", "waiting", "revocationWarning", "revocationNotification"];

/**
 * Asks an RFC 3161 TSA to timestamp a SHA-256 digest (HTTP POST of a TimeStampReq) and
 * checks the answer: status granted, the token stamps exactly this digest with SHA-256,
 * and it echoes our nonce. A TSA that cannot be reached or answers with an HTTP error
 * throws a plain Error (worth retrying); a refusal or a mismatching token throws
 * TimestampRejectedError.
 */
export async function requestTimestamp(tsaUrl: string, sha256Hex: string): Promise<IssuedTimestamp> {
  const { der, nonce } = buildTimestampRequest(sha256Hex);
  const response = await fetch(tsaUrl, {
    method: "POST",
    headers: { "Content-Type": "application/timestamp-query", Accept: "application/timestamp-reply" },
    body: der,
    signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`TSA ${tsaUrl} answered HTTP ${response.status}`);
  const body = new Uint8Array(await response.arrayBuffer());

  let reply: pkijs.TimeStampResp;
  try {
    reply = pkijs.TimeStampResp.fromBER(body);
  } catch {
    throw new TimestampRejectedError(`TSA ${tsaUrl} answered with something that is not a TimeStampResp`);
  }
  const status = reply.status.status;
  if (status !== 0 && status !== 1) {
    const text = reply.status.statusStrings?.map((entry) => entry.valueBlock.value).join("; ");
    throw new TimestampRejectedError(`TSA refused: ${PKI_STATUS[status] ?? status}${text ? ` (${text})` : ""}`);
  }
  if (!reply.timeStampToken) throw new TimestampRejectedError("TSA granted but sent no token");
  const tokenDer = new Uint8Array(reply.timeStampToken.toSchema().toBER(false));
  const info = parseTimestampToken(tokenDer);
  if (info.hashAlgorithm !== SHA256_OID || info.messageImprint !== sha256Hex) {
    throw new TimestampRejectedError("TSA token stamps a different digest than requested");
  }
  if (info.nonce !== nonce) throw new TimestampRejectedError("TSA token does not echo the request nonce (replayed answer?)");
  return { tokenDer, genTime: info.genTime, serialNumber: info.serialNumber, policyOid: info.policyOid, tsaName: info.tsaName };
}
