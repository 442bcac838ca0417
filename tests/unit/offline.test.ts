import { describe, expect, it } from 'vitest';
import { asOfTime } from '../../client/src/offline/as-of';
import { copiesToDrop, KEEP_COPIES, KEEP_MS } from '../../client/src/offline/copies-to-drop';
import { FORMAT, parseStored } from '../../client/src/offline/stored-snapshot';
import { precacheList, type BuiltFile } from '../../scripts/offline/precache-list';
import { strategyFor, type RequestLike } from '../../scripts/offline/service-worker';

const chunk = (fileName: string, more: Partial<BuiltFile> = {}): BuiltFile => ({
  type: 'chunk',
  fileName,
  imports: [],
  viteMetadata: { importedCss: new Set() },
  ...more,
});

describe('precacheList', () => {
  const bundle: Record<string, BuiltFile> = {
    'assets/index-a.js': chunk('assets/index-a.js', {
      name: 'index',
      isEntry: true,
      imports: ['assets/rolldown-runtime-r.js'],
      viteMetadata: { importedCss: new Set(['assets/index-a.css']) },
    }),
    'assets/rolldown-runtime-r.js': chunk('assets/rolldown-runtime-r.js'),
    'assets/agenda-g.js': chunk('assets/agenda-g.js', {
      name: 'agenda',
      imports: ['assets/index-a.js'],
      viteMetadata: { importedCss: new Set(['assets/agenda-g.css']) },
    }),
    'assets/grid-page-x.js': chunk('assets/grid-page-x.js', {
      name: 'grid-page',
      imports: ['assets/copy-field-c.js'],
    }),
    'assets/copy-field-c.js': chunk('assets/copy-field-c.js', { name: 'copy-field' }),
    'index.html': { type: 'asset', fileName: 'index.html' },
    'assets/index-a.css': { type: 'asset', fileName: 'assets/index-a.css' },
    'assets/agenda-g.css': { type: 'asset', fileName: 'assets/agenda-g.css' },
  };

  it('holds index.html, the entry, the named lazy chunks, what they import, and their CSS', () => {
    expect(precacheList(bundle, ['agenda'])).toEqual([
      '/assets/agenda-g.css',
      '/assets/agenda-g.js',
      '/assets/index-a.css',
      '/assets/index-a.js',
      '/assets/rolldown-runtime-r.js',
      '/index.html',
    ]);
  });

  it("leaves out the facilitator's chunks and what only they import", () => {
    const list = precacheList(bundle, []);
    expect(list).not.toContain('/assets/agenda-g.js');
    expect(list.some((url) => /grid-page|copy-field/.test(url))).toBe(false);
  });
});

describe("the service worker's strategy", () => {
  const origin = 'https://knyta.example';
  const req = (path: string, more: Partial<RequestLike> & { auth?: boolean } = {}) => ({
    method: 'GET',
    url: `${origin}${path}`,
    mode: 'cors',
    headers: { has: (name: string) => name === 'authorization' && more.auth === true },
    ...more,
  });

  it('answers pages network first and hashed assets cache first', () => {
    expect(strategyFor(req('/e/abc?now=2026-11-27T09:50:00Z', { mode: 'navigate' }), origin)).toBe(
      'network-first',
    );
    expect(strategyFor(req('/assets/index-a.js'), origin)).toBe('cache-first');
  });

  it('never touches the API, Socket.IO, tokens, writes or other origins', () => {
    for (const r of [
      req('/api/events/abc'),
      req('/api/events/abc', { mode: 'navigate' }),
      req('/socket.io/?EIO=4&transport=polling'),
      req('/assets/index-a.js', { auth: true }),
      req('/assets/index-a.js?token=secret'),
      req('/e/abc', { mode: 'navigate', method: 'POST' }),
      { ...req('/assets/x.js'), url: 'https://cdn.example/assets/x.js' },
      req('/sw.js'),
      req('/manifest.webmanifest'),
    ]) {
      expect(strategyFor(r, origin), r.url).toBe('none');
    }
  });
});

describe('asOfTime', () => {
  const at = Date.parse('2026-11-27T13:02:40Z');

  it("says the time on the event's wall clock, in 24 hours", () => {
    expect(asOfTime(at, 'sv', 'Europe/Stockholm')).toBe('14:02');
    expect(asOfTime(at, 'en', 'Europe/Stockholm')).toBe('14:02');
    expect(asOfTime(at, 'en', 'America/New_York')).toBe('08:02');
  });
});

describe('parseStored', () => {
  const snapshot = {
    event: { id: 'ev1' },
    rooms: [],
    slots: [],
    proposals: [],
    placements: [],
    version: 7,
    me: {
      role: 'participant',
      participant: { id: 'p1', name: null },
      votes: {},
      remaining: 5,
      starred: [],
      calendarUrl: null,
    },
  };
  const record = (over: object = {}) =>
    JSON.stringify({ v: FORMAT, savedAt: 1000, snapshot, ...over });

  it('gives back a record this build wrote for this event', () => {
    expect(parseStored(record(), 'ev1')).toEqual({ savedAt: 1000, snapshot });
  });

  it('ignores a corrupt, foreign or other-format record', () => {
    for (const text of [
      null,
      '',
      '{"v":1,',
      'null',
      '[]',
      record({ v: FORMAT + 1 }),
      record({ v: 1 }),
      record({ savedAt: 'yesterday' }),
      record({ snapshot: { ...snapshot, version: 'x' } }),
      record({ snapshot: { ...snapshot, rooms: {} } }),
      record({ snapshot: { ...snapshot, me: { role: 'admin' } } }),
      record({ snapshot: { ...snapshot, event: null } }),
    ]) {
      expect(parseStored(text, 'ev1'), String(text)).toBeNull();
    }
    expect(parseStored(record(), 'another-event')).toBeNull();
  });
});

describe('copiesToDrop', () => {
  const now = Date.parse('2026-11-27T13:00:00Z');
  const hour = 60 * 60 * 1000;
  const copy = (key: string, hoursAgo: number) => ({ key, savedAt: now - hoursAgo * hour });

  it(`keeps the ${KEEP_COPIES} most recently saved, whatever order storage lists them in`, () => {
    const copies = [3, 0, 7, 1, 5, 2, 6, 4].map((h) => copy(`k${h}`, h));
    expect(copiesToDrop(copies, now).sort()).toEqual(['k5', 'k6', 'k7']);
    expect(copiesToDrop(copies.slice(0, KEEP_COPIES), now)).toEqual([]);
  });

  it('drops a copy older than 30 days, even among the newest few', () => {
    const monthHours = KEEP_MS / hour;
    expect(
      copiesToDrop([copy('today', 0), copy('month', monthHours), copy('old', monthHours + 1)], now),
    ).toEqual(['old']);
  });

  it('drops a copy whose time cannot be read, and never the one just saved', () => {
    const copies = [copy('a', 1), { key: 'bad', savedAt: NaN }, copy('just-saved', 0)];
    expect(copiesToDrop(copies, now)).toEqual(['bad']);
    // A clock set back after saving: the copy is still the newest, and young.
    expect(copiesToDrop([copy('future', -2), ...copies], now)).toEqual(['bad']);
  });
});
