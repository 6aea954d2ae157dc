import { randomBytes } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

export const SHA256_OID = "2.16.840.1.101.3.4.2.1";

export interface TimestampRequest {
  der: Uint8Array<ArrayBuffer>;
  nonce: bigint;
}

/**
 * An RFC 3161 TimeStampReq for a SHA-256 digest, with a fresh 64-bit nonce (so a replayed
 * answer is detected) and certReq set, so the token carries the TSA certificate a
 * verifier needs.
 */
export function buildTimestampRequest(sha256Hex: string): TimestampRequest {
  const nonceBytes = randomBytes(8);
  // Positive and without a leading zero byte, so the DER INTEGER is exactly these 8 bytes.
  nonceBytes[0] = (nonceBytes[0] & 0x7f) | 0x01;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: Buffer.from(sha256Hex, "hex") }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonceBytes }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER(false)), nonce: BigInt(`0x${nonceBytes.toString("hex")}`) };
}
