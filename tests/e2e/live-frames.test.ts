import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext } from '../support/browser';
import { serveApp, type Served } from './serve';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const dotsOn = (card: Locator) => () => card.getByTestId('tally').getAttribute('data-dots');

describe('live frames in a real browser', () => {
  it('applies a frame’s facts in order, and fetches the snapshot when a version is missing', async () => {
    const { api } = served;
    const { event, adminToken } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, { name: 'Frames' });
    const pitch = (title: string) =>
      api<{ proposal: { id: string } }>('POST', `/api/events/${event.id}/proposals`, adminToken, {
        title,
      });
    const first = (await pitch('Öppna data')).proposal.id;
    const second = (await pitch('Fika och kod')).proposal.id;
    const voters = await Promise.all(
      ['Ada', 'Bo', 'Cy', 'Di'].map((name) =>
        api<{ token: string }>('POST', '/api/join', undefined, { joinCode: event.joinCode, name }),
      ),
    );
    const vote = (token: string, proposalId: string, dots: number) =>
      api('PUT', `/api/events/${event.id}/proposals/${proposalId}/vote`, token, { dots });

    // The phone's WebSocket passes through here, so one frame can be lost on purpose.
    const context = await phoneContext(browser);
    let dropNextTally = false;
    let dropped = 0;
    let opened = false;
    await context.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((message) => {
        // Engine.IO's "open" packet on this WebSocket: every frame comes through here.
        if (typeof message === 'string' && message.startsWith('0{')) opened = true;
        if (dropNextTally && typeof message === 'string' && message.includes('tally:changed')) {
          dropNextTally = false;
          dropped++;
          return;
        }
        ws.send(message);
      });
    });
    const phone = await context.newPage();
    await phone.goto(`${served.url}/join/${event.joinCode}`);
    await phone.getByTestId('join-submit').click();
    await phone.waitForURL(/\/e\/[^/]+$/);
    await phone.locator('[data-testid="connection"][data-status="live"]').waitFor();
    await expect.poll(() => opened).toBe(true);
    const cardOf = (title: string) => phone.getByTestId('proposal-card').filter({ hasText: title });
    const firstCard = cardOf('Öppna data');
    const secondCard = cardOf('Fika och kod');

    // A burst: several votes land in one frame; applied in order they add up.
    await Promise.all(voters.map((v) => vote(v.token, first, 2)));
    await expect.poll(dotsOn(firstCard)).toBe('8');

    // Lose one frame: the phone does not know, yet.
    let snapshots = 0;
    phone.on('request', (r) => {
      if (r.method() === 'GET' && r.url().endsWith(`/api/events/${event.id}`)) snapshots++;
    });
    dropNextTally = true;
    await vote(voters[0]!.token, second, 1);
    await expect.poll(() => dropped).toBe(1);
    await phone.waitForTimeout(500);
    expect(await dotsOn(secondCard)()).toBe('0');
    expect(snapshots).toBe(0);

    // The next fact shows a gap: the phone fetches the snapshot and is right again.
    await vote(voters[1]!.token, first, 3);
    await expect.poll(dotsOn(secondCard)).toBe('1');
    await expect.poll(dotsOn(firstCard)).toBe('9');
    expect(snapshots).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});
