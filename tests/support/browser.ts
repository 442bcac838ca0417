import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Flags for a quiet, headless Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const PHONE = { width: 412, height: 915 };
export const LAPTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A phone: touch, mobile viewport, its own storage (so its own participant token). */
export function phoneContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    locale,
    timezoneId: 'Europe/Stockholm',
  });
}

export function laptopContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: LAPTOP,
    deviceScaleFactor: 1,
    locale,
    timezoneId: 'Europe/Stockholm',
  });
}

/** A projector: a big screen of a given size, no touch. */
export function screenContext(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { reducedMotion?: 'reduce' } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    ...options,
  });
}
