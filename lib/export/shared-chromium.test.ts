import { setTimeout as sleep } from "node:timers/promises";
import type { Browser } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { closeSharedChromium, withSharedChromium } from "./shared-chromium";

const savedPath = process.env.CHROMIUM_PATH;
const savedIdle = process.env.CHROMIUM_IDLE_MS;

afterEach(async () => {
  await closeSharedChromium();
  for (const [key, value] of [["CHROMIUM_PATH", savedPath], ["CHROMIUM_IDLE_MS", savedIdle]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const grab = () => withSharedChromium(async (browser) => browser);

describe("withSharedChromium", () => {
  it("launches once for overlapping and following exports, each printing in its own context", async () => {
    const [a, b] = await Promise.all([
      withSharedChromium(async (browser) => {
        const context = await (await browser).newContext();
        await sleep(50);
        await context.close();
        return browser;
      }),
      grab(),
    ]);
    expect(a).toBe(b);
    expect(await grab()).toBe(a);
    expect(a.isConnected()).toBe(true);
  });

  it("closes the browser when idle and launches a fresh one for the next export", async () => {
    process.env.CHROMIUM_IDLE_MS = "100";
    const first = await grab();
    await sleep(1_000);
    expect(first.isConnected()).toBe(false);
    const second = await grab();
    expect(second).not.toBe(first);
    expect(second.isConnected()).toBe(true);
  });

  it("replaces a browser that went away", async () => {
    const first = await grab();
    await first.close();
    const second = await grab();
    expect(second).not.toBe(first);
    expect(second.isConnected()).toBe(true);
  });

  it("does not remember a failed launch: the next export tries again", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    await expect(grab()).rejects.toThrow();
    delete process.env.CHROMIUM_PATH;
    const browser: Browser = await grab();
    expect(browser.isConnected()).toBe(true);
  });
});
