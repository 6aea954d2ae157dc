import type { Browser } from "playwright-core";
import { chromiumExecutable, launchChromium } from "./launch-chromium";

interface Shared {
  executable: string;
  browser: Promise<Browser>;
  users: number;
  idleTimer?: NodeJS.Timeout;
}

let shared: Shared | undefined;

/** How long the browser stays up after its last export (ms); `CHROMIUM_IDLE_MS` overrides. */
function idleMs(): number {
  return Number(process.env.CHROMIUM_IDLE_MS) || 60_000;
}

/**
 * Runs `work` with the server's Chromium: launched by the first export, shared by exports
 * that overlap or follow within a minute, closed when idle. Each export still prints in its
 * own browser context. Saves the launch and shutdown (about a quarter of an export) on every
 * export after the first. A browser that crashed or was closed is replaced on the next call;
 * a failed launch is not remembered, so the next export tries again.
 *
 * `work` gets the browser while it may still be launching, so an export can prepare its
 * document meanwhile and await the browser only when it opens a page.
 */
export async function withSharedChromium<T>(work: (browser: Promise<Browser>) => Promise<T>): Promise<T> {
  const executable = chromiumExecutable();
  if (!shared || shared.executable !== executable) shared = launch(executable);
  const entry = shared;
  entry.users += 1;
  clearTimeout(entry.idleTimer);
  try {
    return await work(entry.browser);
  } finally {
    entry.users -= 1;
    if (entry.users === 0) {
      if (shared === entry) entry.idleTimer = setTimeout(() => void retire(entry), idleMs()).unref();
      else void close(entry);
    }
  }
}

/** Closes the shared browser now (tests; nothing calls it on server shutdown). */
export async function closeSharedChromium(): Promise<void> {
  if (shared) await retire(shared);
}

function launch(executable: string): Shared {
  const entry: Shared = { executable, browser: launchChromium(), users: 0 };
  entry.browser.then(
    (browser) => browser.on("disconnected", () => forget(entry)),
    () => forget(entry),
  );
  return entry;
}

function forget(entry: Shared): void {
  if (shared === entry) shared = undefined;
  clearTimeout(entry.idleTimer);
}

async function retire(entry: Shared): Promise<void> {
  forget(entry);
  await close(entry);
}

async function close(entry: Shared): Promise<void> {
  const browser = await entry.browser.catch(() => null);
  await browser?.close().catch(() => undefined);
}
