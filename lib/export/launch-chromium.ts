import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * The Chromium that prints case files: `CHROMIUM_PATH` when set, else Debian's
 * chromium-headless-shell, else Debian's chromium. The headless shell is the same engine
 * without the browser's window and toolbar; the full browser builds those (an omnibox web
 * page included) for every new context, which costs more CPU than printing a case file.
 */
export function chromiumExecutable(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => existsSync(file)) ?? "/usr/bin/chromium";
}

/**
 * Headless, with everything that phones home switched off. As root it needs --no-sandbox;
 * the pages it renders are our own escaped HTML with JavaScript disabled, so the sandbox is
 * not the only line of defence.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
