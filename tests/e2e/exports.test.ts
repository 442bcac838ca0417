import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv/parse-csv';
import { EventExportSchema, type EventExport } from '../../shared/schemas/event-export';
import { launchBrowser, laptopContext } from '../support/browser';
import { FrabReaderSchema } from '../support/frab-reader';
import { seedEventOverHttp } from '../support/http-event';
import { schemaErrors } from '../support/schema-errors';
import { serveApp, type Served } from './serve';

let served: Served;
let browser: Browser;
let seeded: Awaited<ReturnType<typeof seedEventOverHttp>>;

beforeAll(async () => {
  served = await serveApp();
  browser = await launchBrowser();
  seeded = await seedEventOverHttp(served.api, {
    rooms: 2,
    slots: 2,
    participants: 3,
    proposals: 4,
  });
  const { rooms, slots, version } = await served.api<{
    rooms: { id: string }[];
    slots: { id: string }[];
    version: number;
  }>('GET', `/api/events/${seeded.eventId}`, seeded.adminToken);
  await served.api('PUT', `/api/events/${seeded.eventId}/placements`, seeded.adminToken, {
    placements: seeded.proposalIds.slice(0, 3).map((proposalId, i) => ({
      proposalId,
      roomId: rooms[i % 2]!.id,
      slotId: slots[Math.floor(i / 2)]!.id,
      pinned: false,
    })),
    version,
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Clicks a download button and reads the file the browser saved. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('exports and import in a real browser', () => {
  let saved = '';

  it('downloads the three exports from the set-up page, the admin key in a header only', async () => {
    const context = await laptopContext(browser);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${served.url}/admin/${seeded.eventId}#${seeded.adminToken}`);
    await page.getByTestId('export-section').waitFor();

    const json = await download(page, 'export-json');
    expect(json.name).toBe('seeded-over-http.json');
    const doc = JSON.parse(json.text) as EventExport;
    expect(schemaErrors(EventExportSchema, doc)).toEqual([]);
    expect([
      doc.rooms.length,
      doc.slots.length,
      doc.sessions.length,
      doc.placements.length,
    ]).toEqual([2, 2, 4, 3]);
    saved = json.text;

    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('seeded-over-http.csv');
    const parsed = parseCsv(csv.text);
    expect(parsed.ok && parsed.records.length).toBe(5);

    const frab = await download(page, 'export-frab');
    expect(schemaErrors(FrabReaderSchema, JSON.parse(frab.text))).toEqual([]);

    // The key never rode in an address the server or a proxy would log.
    expect(urls.filter((u) => u.includes(seeded.adminToken))).toEqual([]);
    await context.close();
  });

  it('imports the JSON file from the home page and opens the new event with the same agenda', async () => {
    const context = await laptopContext(browser);
    const page = await context.newPage();
    await page.goto(served.url);
    const input = page.getByTestId('import-file');

    // A bad file names the field and creates nothing.
    const bad = JSON.parse(saved) as EventExport;
    bad.rooms[1]!.capacity = 0;
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect
      .poll(() => page.getByTestId('import-problem').textContent())
      .toContain('rooms/1/capacity');

    await input.setInputFiles({
      name: 'seeded-over-http.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await page.getByTestId('created-card').waitFor();
    await page.getByRole('link', { name: 'Open the facilitator page' }).click();
    await page.getByTestId('export-section').waitFor();
    await expect.poll(() => page.getByTestId('room-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('slot-row').count()).toBe(2);
    // The new key was kept on this device: the board can change the new event.
    const rooms = page.getByTestId('rooms-section');
    await rooms.getByLabel('Name').fill('Kaféet');
    await rooms.getByLabel('Seats').fill('12');
    await rooms.getByRole('button', { name: 'Add room' }).click();
    await expect.poll(() => page.getByTestId('room-row').count()).toBe(3);
    const again = await download(page, 'export-json');
    const doc = JSON.parse(again.text) as EventExport;
    expect(doc.sessions.map((s) => s.title)).toEqual(
      (JSON.parse(saved) as EventExport).sessions.map((s) => s.title),
    );
    expect(doc.placements).toHaveLength(3);
    expect(doc.rooms.map((r) => r.name)).toContain('Kaféet');
    await context.close();
  });
});
