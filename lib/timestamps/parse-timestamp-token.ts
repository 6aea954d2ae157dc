import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

export interface TimestampTokenInfo {
  hashAlgorithm: string;
  /** The digest the TSA signed, hex. */
  messageImprint: string;
  genTime: Date;
  serialNumber: string;
  policyOid: string;
  nonce: bigint | null;
  /** The TSA's name as the token states it (GeneralName), when present. */
  tsaName: string | null;
}

const ID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const ID_CT_TST_INFO = "1.2.840.113549.1.9.16.1.4";

function toHex(view: ArrayBuffer | Uint8Array): string {
  return Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view)).toString("hex");
}

function describeName(name: pkijs.GeneralName | undefined): string | null {
  if (!name) return null;
  if (name.value instanceof pkijs.RelativeDistinguishedNames) {
    return name.value.typesAndValues.map((entry) => String(entry.value.valueBlock.value)).join(", ");
  }
  return typeof name.value === "string" ? name.value : null;
}

/**
 * Reads the TSTInfo inside a timestamp token (a CMS SignedData ContentInfo): what was
 * stamped, when, by which serial number and policy. Throws on anything that is not a
 * timestamp token. Signature verification is left to `openssl ts -verify` and the TSA's
 * certificate chain; this is for storing and showing the token.
 */
export function parseTimestampToken(tokenDer: Uint8Array<ArrayBuffer>): TimestampTokenInfo {
  const contentInfo = pkijs.ContentInfo.fromBER(tokenDer);
  if (contentInfo.contentType !== ID_SIGNED_DATA) throw new Error("timestamp token is not CMS SignedData");
  const signed = new pkijs.SignedData({ schema: contentInfo.content });
  if (signed.encapContentInfo.eContentType !== ID_CT_TST_INFO || !signed.encapContentInfo.eContent) {
    throw new Error("timestamp token does not contain TSTInfo");
  }
  const content = signed.encapContentInfo.eContent as asn1js.OctetString;
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  return {
    hashAlgorithm: info.messageImprint.hashAlgorithm.algorithmId,
    messageImprint: toHex(info.messageImprint.hashedMessage.valueBlock.valueHexView),
    genTime: info.genTime,
    serialNumber: info.serialNumber.toBigInt().toString(16),
    policyOid: info.policy,
    nonce: info.nonce ? info.nonce.toBigInt() : null,
    tsaName: describeName(info.tsa),
  };
}
