import { describe, expect, it } from 'vitest';
import { buildFrabSchedule } from '../../shared/export/frab';
import { buildCalendar, type CalendarSource } from '../../shared/export/ics-calendar';
import { escapeText, foldLine, icsFile } from '../../shared/export/ics-text';
import { sampleSource } from '../support/export-fixture';
import { readCalendar } from '../support/ics-reader';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and every kind of line break; drops other controls', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('ett\ntvå\r\ntre\rfyra')).toBe('ett\\ntvå\\ntre\\nfyra');
    expect(escapeText('tab\tkvar\u0007\u001b')).toBe('tab\tkvar');
    expect(escapeText('Öppna data: "på riktigt"')).toBe('Öppna data: "på riktigt"');
  });

  it('folds at 75 octets, the leading space counted, and never inside a UTF-8 character', () => {
    for (const text of [
      `DESCRIPTION:${'x'.repeat(200)}`,
      `SUMMARY:${'åäö'.repeat(60)}`,
      `SUMMARY:a${'ö'.repeat(80)}`,
      `SUMMARY:${'🎉'.repeat(40)}`,
    ]) {
      const folded = foldLine(text);
      const lines = folded.split('\r\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const [i, line] of lines.entries()) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        if (i > 0) expect(line.startsWith(' ')).toBe(true);
        // Each physical line is whole UTF-8 on its own: nothing was cut between its octets.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line))).toBe(line);
      }
      expect(unfold(folded)).toBe(text);
    }
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    const file = icsFile(['BEGIN:VCALENDAR', `X:${'å'.repeat(100)}`, 'END:VCALENDAR']);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

/**
 * The sample event with what the feed must get right besides: a name to escape, two rooms
 * called alike, a plenary, and a hidden session that kept its cell.
 */
function source(): CalendarSource {
  const s = sampleSource();
  s.event.name = 'Knytkonferens; Göteborg, 2026';
  s.rooms[1]!.name = 'Biblioteket';
  s.slots.push({
    id: 'open',
    startsAt: '2026-11-27T07:30:00.000Z',
    endsAt: '2026-11-27T08:15:00.000Z',
    kind: 'plenary',
    label: 'Välkomna',
  });
  s.placements.push({ proposalId: 'c', roomId: 'r1', slotId: 's2', pinned: false });
  const placedAt = new Map(
    s.placements.map((p) => [p.proposalId, Date.parse('2026-11-26T15:00:00Z')]),
  );
  return { ...s, placedAt };
}

const URL = 'https://knyta.example/e/ev1';

describe('the calendar feed', () => {
  it('holds each placed, shown session and the plenary; no break, no hidden session', () => {
    const text = buildCalendar(source(), URL);
    // X- and RFC 7986 names are TEXT too (ical.js leaves them raw, so read the lines).
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('X-WR-CALNAME:Knytkonferens\\; Göteborg\\, 2026');
    expect(lines).toContain('NAME:Knytkonferens\\; Göteborg\\, 2026');
    const [welcome, open, local, ...rest] = readCalendar(text);
    expect(rest).toEqual([]);
    expect(welcome).toMatchObject({
      summary: 'Välkomna',
      location: null,
      start: '2026-11-27T07:30:00.000Z',
    });
    expect(open).toMatchObject({
      summary: 'Öppna data i kommunen',
      location: 'Biblioteket',
      description: 'Värd: Åsa Öberg\n\nVad händer när…\nRad två.',
      tzid: 'Europe/Stockholm',
      start: '2026-11-27T08:30:00.000Z',
      end: '2026-11-27T09:15:00.000Z',
      url: URL,
    });
    expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20261127T093000');
    // Two rooms called alike stay apart, as in frab.
    expect(local).toMatchObject({ summary: 'Lokal först', location: 'Biblioteket (2)' });
    expect(text).not.toContain('Lunch');
    expect(text).not.toContain('Dubblett');
  });

  it('keeps a session’s UID when it moves, with a higher SEQUENCE and a later LAST-MODIFIED', () => {
    const before = readCalendar(buildCalendar(source(), URL))[1]!;
    const moved = source();
    moved.placements[0] = { proposalId: 'a', roomId: 'r2', slotId: 's2', pinned: false };
    moved.placedAt = new Map([...moved.placedAt, ['a', Date.parse('2026-11-27T09:20:00Z')]]);
    const after = readCalendar(buildCalendar(moved, URL)).find((e) => e.uid === before.uid)!;
    expect(after).toMatchObject({ location: 'Biblioteket (2)', start: '2026-11-27T09:30:00.000Z' });
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.lastModified! > before.lastModified!).toBe(true);
    expect(after.lastModified).toBe('2026-11-27T09:20:00Z');
  });

  it('names each session by the UUID frab gives it; plenaries and other events get others', () => {
    const uids = readCalendar(buildCalendar(source(), URL)).map((e) => e.uid);
    expect(new Set(uids).size).toBe(3);
    const frab = buildFrabSchedule({ ...source(), version: 1 });
    const guids = Object.values(frab.schedule.conference.days[0]!.rooms)
      .flat()
      .map((e) => e.guid);
    expect(uids.slice(1)).toEqual(guids);
    const other = source();
    other.event.id = 'ev2';
    expect(readCalendar(buildCalendar(other, URL)).map((e) => e.uid)).not.toContain(uids[1]);
  });

  it('is the same bytes until something changes (DTSTAMP is the last change, not the request)', () => {
    expect(buildCalendar(source(), URL)).toBe(buildCalendar(source(), URL));
  });

  it('is a valid calendar with nothing placed, and leaves URL out when there is none', () => {
    const text = buildCalendar({ ...source(), slots: [], placements: [] }, null);
    expect(readCalendar(text)).toEqual([]);
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(buildCalendar(source(), null)).not.toContain('URL:');
  });
});
