import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The findings that fail a view: what keeps someone from using it, not advice. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];
/**
 * Landmarks are rated moderate, yet without them a screen reader cannot jump to the agenda or
 * the grid, or skip the header: these rules fail a view at any impact.
 */
const ALWAYS = (rule: string) => rule === 'region' || rule.startsWith('landmark-');

export interface AxeFinding {
  rule: string;
  impact: ImpactValue;
  help: string;
  /** One line per element: its selector and what axe says is wrong with it. */
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now and returns its serious and critical findings, and
 * any about landmarks. The
 * source goes in through the DevTools protocol (page.evaluate), which the app's
 * Content-Security-Policy does not govern, so the page is checked under its real policy.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(`${AXE_SOURCE}\n;0`);
  // Animations settle first, or axe measures contrast on a toast or dialog half faded in;
  // endless ones (a pulsing dot) are left running.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Nor may one start while axe measures (the projector fades in its next page of rooms every
  // few seconds): motion is off for the audit, as for a viewer who asked for less of it.
  const reduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const results = await page
    .evaluate(
      () =>
        (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run() as Promise<
          Pick<AxeResults, 'violations'>
        >,
    )
    .finally(() => page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' }));
  return results.violations
    .filter((v) => (v.impact && BLOCKING.includes(v.impact)) || ALWAYS(v.id))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      nodes: v.nodes.map(
        (n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
      ),
    }));
}

/** The findings as a failure message a person can act on, or '' when there are none. */
export function describeFindings(view: string, findings: readonly AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `${view}: ${f.rule} (${f.impact}) ${f.help}, ${f.nodes.length} element(s):\n` +
        f.nodes
          .slice(0, 5)
          .map((n) => `  - ${n}`)
          .join('\n') +
        (f.nodes.length > 5 ? `\n  … and ${f.nodes.length - 5} more` : ''),
    )
    .join('\n');
}
