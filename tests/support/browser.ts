import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
} from 'playwright-core';
import { npmChromium } from './npm-chromium';

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

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium the tests and scripts drive, from KNYTA_BROWSER: `debian` (Debian's package),
 * `npm` (the one inside the @sparticuz/chromium devDependency) or an absolute path to another
 * binary. Unset: Debian's when it is installed, else the npm one, so that `npm ci && npm test`
 * needs nothing from apt.
 */
export function browserChoice(): string {
  return process.env.KNYTA_BROWSER || (existsSync(DEBIAN_CHROMIUM) ? 'debian' : 'npm');
}

async function chromiumLaunchOptions(choice = browserChoice()): Promise<LaunchOptions> {
  const base = { headless: true, args: CHROMIUM_ARGS };
  if (choice === 'debian') return { ...base, executablePath: DEBIAN_CHROMIUM };
  if (choice === 'npm') {
    const { executablePath, env } = await npmChromium();
    return { ...base, executablePath, env: { ...process.env, ...env } };
  }
  if (choice.startsWith('/')) return { ...base, executablePath: choice };
  throw new Error(`KNYTA_BROWSER=${choice}: expected debian, npm or an absolute path`);
}

export async function launchBrowser(choice?: string): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions(choice));
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

/** A projector: a big screen of a given size, no touch. */
export function screenContext(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { reducedMotion?: 'reduce' } = {},
): Promise<BrowserContext> {
  return newContext(browser, {
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    ...options,
  });
}
