import { describe, expect, it } from "vitest";
import { MAX_JSON_BYTES, readJsonBody } from "./read-json-body";

/** A POST whose body arrives as a stream without Content-Length, as a chunked upload does. */
function streamed(chunks: Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request("http://localhost/x", { method: "POST", body, duplex: "half" } as RequestInit & { duplex: "half" });
}

describe("readJsonBody", () => {
  it("parses a body that arrives in pieces, multi-byte characters split between them", async () => {
    const text = JSON.stringify({ claimText: "杯子有裂纹" });
    const bytes = new TextEncoder().encode(text);
    const request = new Request("http://localhost/x", { method: "POST", body: bytes });
    expect(await readJsonBody(request)).toEqual({ claimText: "杯子有裂纹" });
    // Byte 15 is inside 杯 (three bytes from byte 14).
    const split = streamed([bytes.subarray(0, 15), bytes.subarray(15)]);
    expect(await readJsonBody(split)).toEqual({ claimText: "杯子有裂纹" });
  });

  it("refuses malformed and empty bodies as invalid JSON", async () => {
    await expect(readJsonBody(new Request("http://localhost/x", { method: "POST", body: "{ claim: 1" }))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "invalidJson" });
    await expect(readJsonBody(new Request("http://localhost/x", { method: "POST" }))).rejects.toMatchObject({ messageKey: "invalidJson" });
  });

  it("refuses a body over the cap with 413, by its Content-Length or, without one, as soon as it passes the cap", async () => {
    const big = `{"claimText":"${"x".repeat(MAX_JSON_BYTES)}"}`;
    const declared = new Request("http://localhost/x", { method: "POST", body: big });
    await expect(readJsonBody(declared)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413, messageKey: "jsonTooLarge", values: { cap: "1 MB" } });

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const chunked = new Request("http://localhost/x", { method: "POST", body: endless, duplex: "half" } as RequestInit & { duplex: "half" });
    await expect(readJsonBody(chunked)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(pulled).toBeLessThan(20);
  });
});
