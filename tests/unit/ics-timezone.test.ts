import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { icsFile } from '../../shared/export/ics-text';
import {
  utcOffset,
  vtimezone,
  zonedProperty,
  zoneTransitions,
} from '../../shared/export/ics-timezone';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

/** A VTIMEZONE's observances, one a line: "DAYLIGHT 20260329T020000 +0100 +0200". */
function observances(lines: readonly string[]): string[] {
  const pattern =
    /BEGIN:(STANDARD|DAYLIGHT)\nDTSTART:(\w+)\nTZOFFSETFROM:(\S+)\nTZOFFSETTO:(\S+)\nEND:\1/g;
  return [...lines.join('\n').matchAll(pattern)].map((m) => m.slice(1).join(' '));
}

const in2026 = (timeZone: string) =>
  vtimezone(timeZone, at('2026-05-01T00:00:00Z'), at('2026-05-01T00:00:00Z'));

describe('UTC offsets as iCalendar writes them', () => {
  it('signs, pads, adds seconds only when there are any, and writes zero as +0000', () => {
    expect(utcOffset(HOUR)).toBe('+0100');
    expect(utcOffset(-3.5 * HOUR)).toBe('-0330');
    expect(utcOffset(5.75 * HOUR)).toBe('+0545');
    expect(utcOffset(0)).toBe('+0000');
    expect(utcOffset(HOUR + 30_000)).toBe('+010030');
  });
});

describe('times on the event’s clock', () => {
  const tz = 'Europe/Stockholm';
  it('writes winter and summer times as Stockholm’s wall clock with its TZID', () => {
    expect(zonedProperty('DTSTART', at('2026-11-27T09:00:00Z'), tz)).toBe(
      'DTSTART;TZID=Europe/Stockholm:20261127T100000',
    );
    expect(zonedProperty('DTEND', at('2026-07-01T08:00:00Z'), tz)).toBe(
      'DTEND;TZID=Europe/Stockholm:20260701T100000',
    );
  });

  it('on the day summer time starts, the clock jumps from 02:00 to 03:00', () => {
    expect(zonedProperty('DTSTART', at('2026-03-29T00:30:00Z'), tz)).toMatch(/:20260329T013000$/);
    expect(zonedProperty('DTSTART', at('2026-03-29T01:30:00Z'), tz)).toMatch(/:20260329T033000$/);
  });

  it('on the day it ends, 02:30 happens twice: both are written as UTC instants', () => {
    expect(zonedProperty('DTSTART', at('2026-10-25T00:30:00Z'), tz)).toBe(
      'DTSTART:20261025T003000Z',
    );
    expect(zonedProperty('DTSTART', at('2026-10-25T01:30:00Z'), tz)).toBe(
      'DTSTART:20261025T013000Z',
    );
    expect(zonedProperty('DTSTART', at('2026-10-25T02:30:00Z'), tz)).toBe(
      'DTSTART;TZID=Europe/Stockholm:20261025T033000',
    );
  });
});

describe('VTIMEZONE from Intl', () => {
  it('finds Stockholm’s two changes of 2026 to the minute', () => {
    expect(
      zoneTransitions('Europe/Stockholm', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z')),
    ).toEqual([
      { at: at('2026-03-29T01:00:00Z'), from: HOUR, to: 2 * HOUR },
      { at: at('2026-10-25T01:00:00Z'), from: 2 * HOUR, to: HOUR },
    ]);
  });

  it('spells out the year: winter from New Year, summer time at 02:00, back at 03:00', () => {
    const lines = vtimezone(
      'Europe/Stockholm',
      at('2026-11-27T09:00:00Z'),
      at('2026-11-27T12:00:00Z'),
    );
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VTIMEZONE', 'TZID:Europe/Stockholm']);
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
    expect(lines).toHaveLength(2 + 3 * 5 + 1);
    expect(observances(lines)).toEqual([
      'STANDARD 20260101T000000 +0100 +0100',
      'DAYLIGHT 20260329T020000 +0100 +0200',
      'STANDARD 20261025T030000 +0200 +0100',
    ]);
  });

  it('knows the southern summer (Sydney starts the year on daylight time) and zones without changes', () => {
    expect(observances(in2026('Australia/Sydney'))).toEqual([
      'DAYLIGHT 20260101T000000 +1100 +1100',
      'STANDARD 20260405T030000 +1100 +1000',
      'DAYLIGHT 20261004T020000 +1000 +1100',
    ]);
    expect(observances(in2026('Asia/Kathmandu'))).toEqual(['STANDARD 20260101T000000 +0545 +0545']);
  });

  it('covers every year the agenda touches: a New Year’s event gets both years', () => {
    const lines = vtimezone(
      'Europe/Stockholm',
      at('2026-12-31T20:00:00Z'),
      at('2027-01-01T02:00:00Z'),
    );
    expect(observances(lines).map((o) => o.split(' ')[1])).toEqual([
      '20260101T000000',
      '20260329T020000',
      '20261025T030000',
      '20270328T020000',
      '20271031T030000',
    ]);
  });
});

describe('a real iCalendar reader on the VTIMEZONE', () => {
  beforeEach(() => ICAL.TimezoneService.reset());

  it('ical.js puts each time at its instant from our VTIMEZONE alone', () => {
    const tz = 'Europe/Stockholm';
    const instants = [
      '2026-01-15T08:00:00Z', // winter
      '2026-07-01T08:00:00Z', // summer
      '2026-03-29T00:30:00Z', // before the jump forward
      '2026-03-29T01:30:00Z', // after it
      '2026-10-25T00:30:00Z', // 02:30, the first time
      '2026-10-25T01:30:00Z', // 02:30, the second time
      '2026-10-25T02:30:00Z', // 03:30 in winter time
    ];
    const text = icsFile([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Knyta//Test//EN',
      ...vtimezone(tz, at(instants[0]!), at(instants.at(-1)!)),
      ...instants.flatMap((iso, i) => [
        'BEGIN:VEVENT',
        `UID:${i}`,
        'DTSTAMP:20260101T000000Z',
        zonedProperty('DTSTART', at(iso), tz),
        'END:VEVENT',
      ]),
      'END:VCALENDAR',
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const read = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString().replace('.000', ''));
    expect(read).toEqual(instants);
  });
});
