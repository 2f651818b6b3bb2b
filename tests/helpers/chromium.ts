/**
 * Debian's Chromium for browser tests, driven by puppeteer-core (no browser download). Tests
 * skip with `NO_CHROMIUM` as their reason where it is absent; `.ci/run` installs it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
export const NO_CHROMIUM =
  'skipped: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)';

/** A headless Chromium with a fresh profile and no background network (the machine has none). */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!CHROMIUM) throw new Error(NO_CHROMIUM);
  const { launch } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'sinmun-chromium-'));
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
