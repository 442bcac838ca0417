import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  laptopContext,
  phoneContext,
  takePolicyViolations,
} from '../support/browser';
import { serveApp, type Served } from './serve';

let served: Served;
let browser: Browser;
/** Another origin (another port), as a hostile site would be. */
let elsewhere: Server;
let elsewhereUrl: string;

beforeAll(async () => {
  served = await serveApp();
  browser = await launchBrowser();
  elsewhere = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Not Knyta</title><iframe src="${served.url}/"></iframe>`);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

/** Counts the frames that arrive over this page's Socket.IO WebSockets. */
function webSocketFrames(page: Page) {
  let frames = 0;
  page.on('websocket', (ws) => {
    if (ws.url().includes('/socket.io/')) ws.on('framereceived', () => frames++);
  });
  return () => frames;
}

describe('the Content-Security-Policy in a real browser', () => {
  it('lets every main page load, pitch, vote and go live over a WebSocket', async () => {
    const { api } = served;
    const { event, adminToken } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, { name: 'Policy check' });
    await api('POST', `/api/events/${event.id}/proposals`, adminToken, { title: 'Öppen kod' });

    const home = await (await laptopContext(browser)).newPage();
    await home.goto(served.url);
    await home.getByTestId('event-name').waitFor();

    const desk = await (await laptopContext(browser)).newPage();
    const deskFrames = webSocketFrames(desk);
    await desk.goto(`${served.url}/admin/${event.id}#${adminToken}`);
    await desk.getByTestId('admin-proposals').waitFor();

    const phone = await (await phoneContext(browser)).newPage();
    const phoneFrames = webSocketFrames(phone);
    await phone.goto(`${served.url}/join/${event.joinCode}`);
    await phone.getByTestId('join-submit').click();
    await phone.waitForURL(/\/e\/[^/]+$/);
    await phone.locator('[data-testid="connection"][data-status="live"]').waitFor();
    const card = phone.getByTestId('proposal-card').first();
    await card.getByTestId('vote-add').click();
    await expect.poll(() => card.getByTestId('my-dots').getAttribute('data-dots')).toBe('1');

    const wall = await (await laptopContext(browser)).newPage();
    const wallFrames = webSocketFrames(wall);
    await wall.goto(`${served.url}/screen/${event.joinCode}`);
    await wall.getByTestId('qr').first().waitFor();
    await wall.locator('[data-testid="connection"][data-status="live"]').waitFor();

    // 'self' covered ws: on the page's own origin: no page fell back to long-polling.
    for (const frames of [deskFrames, phoneFrames, wallFrames]) {
      await expect.poll(frames).toBeGreaterThan(0);
    }
    expect(takePolicyViolations()).toEqual([]);
  });

  it('keeps another site from framing Knyta', async () => {
    const page = await (await laptopContext(browser)).newPage();
    await page.goto(elsewhereUrl);
    await expect.poll(() => takePolicyViolations().join('\n')).toMatch(/frame-ancestors/);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed).toBeDefined();
    await expect(framed!.locator('#root').count()).resolves.toBe(0);
  });
});

describe('rate limits in a real browser', () => {
  it('say in the person’s language how long to wait, and the retry then works', async () => {
    // A slow refill (one try per 5 s), so that each page is sure to load while still refused.
    const joinCodeFailures = { burst: 3, perMinute: 12 };
    const limited = await serveApp({ limits: { joinCodeFailures } });
    try {
      const { event } = await limited.api<{ event: { joinCode: string } }>(
        'POST',
        '/api/events',
        undefined,
        { name: 'Limits' },
      );
      // Someone on the same network (here: 127.0.0.1) tried wrong codes.
      for (let i = 0; i < joinCodeFailures.burst; i++) {
        await limited.api('GET', '/api/codes/ZZZZZZ').catch(() => undefined);
      }
      const waitIn = async (page: Page, pattern: RegExp) => {
        const seconds = Number(
          pattern.exec((await page.getByRole('main').textContent()) ?? '')?.[1],
        );
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(60 / joinCodeFailures.perMinute);
        return seconds;
      };

      const svPhone = await (await phoneContext(browser, 'sv-SE')).newPage();
      await svPhone.goto(`${limited.url}/join/${event.joinCode}`);
      await svPhone.getByRole('button', { name: 'Försök igen' }).waitFor();
      await waitIn(svPhone, /För många försök – vänta (\d+) sekunder? och försök igen\./);

      const phone = await (await phoneContext(browser)).newPage();
      await phone.goto(`${limited.url}/join/${event.joinCode}`);
      await phone.getByRole('button', { name: 'Try again' }).waitFor();
      const seconds = await waitIn(phone, /Too many tries — wait (\d+) seconds? and try again\./);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      await phone.getByRole('button', { name: 'Try again' }).click();
      await phone.getByTestId('join-event-name').waitFor();
    } finally {
      await limited.close();
    }
  });
});
