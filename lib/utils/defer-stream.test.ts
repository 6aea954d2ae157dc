import { describe, expect, it } from "vitest";
import { deferStream } from "./defer-stream";

function source(chunks: string[], events: string[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      events.push("opened");
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
    cancel(reason) {
      events.push(`cancelled:${reason}`);
    },
  });
}

describe("deferStream", () => {
  it("opens its source only when read, then passes every chunk through", async () => {
    const events: string[] = [];
    const stream = deferStream(async () => source(["ab", "cd"], events));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([]);
    expect(await new Response(stream).text()).toBe("abcd");
    expect(events).toEqual(["opened"]);
  });

  it("cancels the source with the reader, and never opens it when cancelled unread", async () => {
    const events: string[] = [];
    const read = deferStream(async () => source(["ab", "cd"], events)).getReader();
    await read.read();
    await read.cancel("gone");
    expect(events).toEqual(["opened", "cancelled:gone"]);

    let opened = false;
    await deferStream(async () => ((opened = true), source([], []))).cancel("early");
    expect(opened).toBe(false);
  });

  it("fails the stream when the source cannot be opened", async () => {
    const stream = deferStream(async () => {
      throw new Error("zip missing");
    });
    await expect(new Response(stream).text()).rejects.toThrow("zip missing");
  });
});
