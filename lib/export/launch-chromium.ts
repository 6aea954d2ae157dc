import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, headless, with everything that phones home switched off. As root it
 * needs --no-sandbox; the pages it renders are our own escaped HTML with JavaScript
 * disabled, so the sandbox is not the only line of defence.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
