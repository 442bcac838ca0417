import type { ExportSource } from '../../shared/export/export-source';
import type { EventExport } from '../../shared/schemas/event-export';
import type { Slot } from '../../shared/schemas/slot';

/**
 * A small valid export, written by hand as a file from another server would be: two rooms, two
 * sessions slots and lunch, three sessions (one hidden), two placed. Tests change one field.
 */
export function sampleExport(): EventExport {
  return {
    format: 'knyta-event',
    version: 3,
    exportedAt: '2026-11-27T17:00:00.000Z',
    event: {
      name: 'Knytkonferens 2026',
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      language: 'sv',
      phase: 'closed',
      dotsPerParticipant: 5,
      maxDotsPerProposal: 3,
      blindVoting: false,
    },
    rooms: [
      { id: 'r1', name: 'Biblioteket', capacity: 40, notes: 'Projektor' },
      { id: 'r2', name: 'Glasrummet', capacity: 10, notes: '' },
    ],
    slots: [
      {
        id: 's1',
        startsAt: '2026-11-27T08:30:00.000Z',
        endsAt: '2026-11-27T09:15:00.000Z',
        kind: 'session',
        label: '',
      },
      {
        id: 's2',
        startsAt: '2026-11-27T09:30:00.000Z',
        endsAt: '2026-11-27T10:15:00.000Z',
        kind: 'session',
        label: '',
      },
      {
        id: 'lunch',
        startsAt: '2026-11-27T11:00:00.000Z',
        endsAt: '2026-11-27T12:00:00.000Z',
        kind: 'break',
        label: 'Lunch',
      },
    ],
    sessions: [
      {
        id: 'a',
        title: 'Öppna data i kommunen',
        description: 'Vad händer när…\nRad två.',
        hosts: ['Åsa Öberg'],
        format: 'discussion',
        hidden: false,
        dots: 7,
        voters: 4,
        stars: 12,
        notes: [],
      },
      {
        id: 'b',
        title: 'Lokal först',
        description: '',
        hosts: ['Bo', 'Cecilia'],
        format: 'talk',
        hidden: false,
        dots: 3,
        voters: 2,
        stars: 5,
        notes: [],
      },
      {
        id: 'c',
        title: 'Dubblett',
        description: '',
        hosts: [],
        format: 'other',
        hidden: true,
        dots: 0,
        voters: 0,
        stars: 0,
        notes: [],
      },
    ],
    placements: [
      { sessionId: 'a', roomId: 'r1', slotId: 's1', pinned: true },
      { sessionId: 'b', roomId: 'r2', slotId: 's1', pinned: false },
    ],
  };
}

/** The sample with one change, for a bad file. */
export function sampleExportWith(change: (doc: EventExport) => void): EventExport {
  const doc = sampleExport();
  change(doc);
  return doc;
}

/** The sample file as the server would read its event back: the builders' input. */
export function sampleSource(): ExportSource & { version: number } {
  const doc = sampleExport();
  return {
    event: {
      ...doc.event,
      id: 'ev1',
      joinCode: 'ABC234',
      createdAt: '2026-10-01T10:00:00.000Z',
    },
    rooms: doc.rooms.map((r, position) => ({ ...r, position })),
    slots: doc.slots,
    proposals: doc.sessions.map(({ stars: _stars, ...s }) => ({
      ...s,
      authorId: 'participant-1',
      createdAt: '2026-10-01T10:00:00.000Z',
      updatedAt: '2026-10-01T10:00:00.000Z',
    })),
    placements: doc.placements.map((p) => ({ ...p, proposalId: p.sessionId })),
    stars: Object.fromEntries(doc.sessions.map((s) => [s.id, s.stars ?? 0])),
    version: 42,
  };
}

/** The sample source with one change (two rooms, two slots and a lunch, "a" and "b" placed in s1, "c" hidden). */
export function sampleSourceWith(change: (s: ExportSource) => void = () => {}): ExportSource {
  const s = sampleSource();
  change(s);
  return s;
}

/** A slot of the given kind, for a source's `slots`. */
export const slotAt = (
  id: string,
  from: string,
  to: string,
  kind: Slot['kind'],
  label = '',
): Slot => ({ id, startsAt: from, endsAt: to, kind, label });
