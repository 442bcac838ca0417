import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

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

const violations: string[] = [];

/**
 * The Content-Security-Policy violations seen so far by any page of a context made here, and
 * forgets them. Chromium logs each as "Refused to …"; the page's own securitypolicyviolation
 * events are logged too, in case a future Chromium words it differently.
 */
export function takePolicyViolations(): string[] {
  return violations.splice(0);
}

/** A context whose pages report every policy violation (see takePolicyViolations). */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI}`),
    ),
  );
  context.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation|^Refused to/i.test(text)) {
      violations.push(`${message.page()?.url() ?? message.location().url}: ${text}`);
    }
  });
  return context;
}

/** A phone: touch, mobile viewport, its own storage (so its own participant token). */
export function phoneContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  return newContext(browser, {
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    locale,
    timezoneId: 'Europe/Stockholm',
  });
}

export function laptopContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  return newContext(browser, {
    viewport: LAPTOP,
    deviceScaleFactor: 1,
    locale,
    timezoneId: 'Europe/Stockholm',
  });
}
