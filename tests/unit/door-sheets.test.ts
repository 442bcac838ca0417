import { describe, expect, it } from 'vitest';
import { FITS, largestFit } from '../../client/src/pages/doors/sheet-fit';
import { doorSheetsOf, type DoorSheets } from '../../shared/door-sheets';
import { PHASES } from '../../shared/phases';
import { sampleSourceWith, slotAt } from '../support/export-fixture';

const source = sampleSourceWith;

function sheets(d: DoorSheets) {
  if (!d.published) throw new Error('expected published door sheets');
  return d.sheets;
}

/** Each sheet as [room, date, [slot id, what runs there]]: a session's title, or its kind. */
const outline = (d: DoorSheets) =>
  sheets(d).map((sheet) => [
    sheet.room,
    sheet.date,
    sheet.slots.map((slot) => [slot.id, slot.session?.title ?? slot.kind]),
  ]);

describe('the door sheets', () => {
  it('hold nothing before the agenda is published, as the proceedings', () => {
    for (const phase of PHASES) {
      const d = doorSheetsOf(source((s) => (s.event.phase = phase)));
      expect(d.published, phase).toBe(phase === 'live' || phase === 'closed');
    }
  });

  it("give each room its day: every slot in time order, with the room's session or nothing", () => {
    expect(outline(doorSheetsOf(source()))).toEqual([
      [
        'Biblioteket',
        '2026-11-27',
        [
          ['s1', 'Öppna data i kommunen'],
          ['s2', 'session'],
          ['lunch', 'break'],
        ],
      ],
      [
        'Glasrummet',
        '2026-11-27',
        [
          ['s1', 'Lokal först'],
          ['s2', 'session'],
          ['lunch', 'break'],
        ],
      ],
    ]);
  });

  it("carry the session as the proceedings do (title, hosts), and a break's label", () => {
    const [library] = sheets(doorSheetsOf(source()));
    expect(library!.slots[0]!.session).toMatchObject({
      id: 'a',
      title: 'Öppna data i kommunen',
      hosts: ['Åsa Öberg'],
      room: 'Biblioteket',
    });
    expect(library!.slots[2]).toMatchObject({ kind: 'break', label: 'Lunch', session: null });
  });

  it('put a plenary on every sheet, and leave a hidden session out', () => {
    const d = doorSheetsOf(
      source((s) => {
        s.slots.push(
          slotAt('open', '2026-11-27T07:45:00.000Z', '2026-11-27T08:15:00.000Z', 'plenary', 'Hej'),
        );
        // "c" is hidden: its cell reads as open.
        s.placements.push({ proposalId: 'c', roomId: 'r1', slotId: 's2', pinned: false });
      }),
    );
    for (const sheet of sheets(d)) {
      expect(sheet.slots[0]).toMatchObject({ id: 'open', kind: 'plenary', label: 'Hej' });
      expect(sheet.slots[0]!.session).toBeNull();
    }
    expect(sheets(d)[0]!.slots.find((slot) => slot.id === 's2')!.session).toBeNull();
  });

  it('make a sheet per day and room, split on the event clock, and tell rooms named alike apart', () => {
    const d = doorSheetsOf(
      source((s) => {
        s.rooms[1]!.name = 'Biblioteket';
        // 23:30 UTC on the 27th is 00:30 on the 28th in Stockholm.
        s.slots.unshift(
          slotAt('late', '2026-11-27T23:30:00.000Z', '2026-11-28T00:15:00.000Z', 'session'),
        );
        s.placements.push({ proposalId: 'a', roomId: 'r2', slotId: 'late', pinned: false });
        s.placements.splice(0, 1);
      }),
    );
    expect(outline(d)).toEqual([
      [
        'Biblioteket',
        '2026-11-27',
        [
          ['s1', 'session'],
          ['s2', 'session'],
          ['lunch', 'break'],
        ],
      ],
      [
        'Biblioteket (2)',
        '2026-11-27',
        [
          ['s1', 'Lokal först'],
          ['s2', 'session'],
          ['lunch', 'break'],
        ],
      ],
      ['Biblioteket', '2026-11-28', [['late', 'session']]],
      ['Biblioteket (2)', '2026-11-28', [['late', 'Öppna data i kommunen']]],
    ]);
  });

  it('have no sheets for an event without rooms', () => {
    expect(sheets(doorSheetsOf(source((s) => (s.rooms = []))))).toEqual([]);
  });
});

describe("a door sheet's fit", () => {
  it('keeps full size when the sheet fits its page', () => {
    expect(largestFit(() => 900, 900)).toBe(1);
  });

  it('steps down to the largest size that fits', () => {
    // A sheet whose height scales with the fit, 40 % too tall at full size.
    expect(largestFit((fit) => 1400 * fit, 1000)).toBe(0.64);
    expect(largestFit((fit) => 200 + 1000 * fit, 1000)).toBe(0.8);
  });

  it('stops at the smallest size, where the QR codes still scan, even if it does not fit', () => {
    const tried: number[] = [];
    expect(
      largestFit((fit) => {
        tried.push(fit);
        return 5000;
      }, 1000),
    ).toBe(0.56);
    expect(tried).toEqual([...FITS]);
  });
});
