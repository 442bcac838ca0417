import { describe, expect, it } from 'vitest';
import { PHASES } from '../../shared/phases';
import { notesSessionOf } from '../../shared/notes-session';
import { proceedingsOf, type Proceedings } from '../../shared/proceedings';
import type { Note } from '../../shared/schemas/note';
import {
  formatDateSpan,
  formatLongDate,
} from '../../client/src/pages/proceedings/proceedings-dates';
import { sampleSource, sampleSourceWith, slotAt } from '../support/export-fixture';

const source = sampleSourceWith;

function published(p: Proceedings) {
  if (!p.published) throw new Error('expected published proceedings');
  return p;
}

describe('the proceedings', () => {
  it('list nothing before the agenda is published, as calendar.ics is private until then', () => {
    for (const phase of PHASES) {
      const p = proceedingsOf(source((s) => (s.event.phase = phase)));
      expect(p.published, phase).toBe(phase === 'live' || phase === 'closed');
    }
  });

  it('give each placed session its room, hosts, description and tally, in room order', () => {
    const p = published(proceedingsOf(source()));
    expect(p).toMatchObject({ sessions: 2, rooms: 2 });
    const { slots, proposals } = sampleSource();
    // What a session carries over from its pitch; never its author.
    const pitch = (id: string) => {
      const { title, description, hosts, format } = proposals.find((x) => x.id === id)!;
      return { id, title, description, hosts, format };
    };
    expect(p.days).toEqual([
      {
        date: '2026-11-27',
        slots: [
          {
            ...slots[0]!,
            sessions: [
              { ...pitch('a'), room: 'Biblioteket', tally: { dots: 7, voters: 4 }, notes: [] },
              { ...pitch('b'), room: 'Glasrummet', tally: { dots: 3, voters: 2 }, notes: [] },
            ],
          },
        ],
      },
    ]);
  });

  it("list each session's visible notes in the order written, never a hidden one", () => {
    const note = (id: string, proposalId: string, hidden = false): Note => ({
      id,
      proposalId,
      authorId: 'participant-1',
      authorName: id === 'n1' ? 'Ada' : null,
      text: `text of ${id}`,
      hidden,
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    const notes = [note('n1', 'b'), note('n2', 'a'), note('n3', 'b', true), note('n4', 'b')];
    const p = published(proceedingsOf(source(), notes));
    const bySession = p.days[0]!.slots[0]!.sessions.map((s) => [s.id, s.notes]);
    expect(bySession).toEqual([
      ['a', [{ id: 'n2', text: 'text of n2', authorName: null }]],
      [
        'b',
        [
          { id: 'n1', text: 'text of n1', authorName: 'Ada' },
          { id: 'n4', text: 'text of n4', authorName: null },
        ],
      ],
    ]);
    const unpublished = source((s) => (s.event.phase = 'scheduling'));
    expect(proceedingsOf(unpublished, notes)).toEqual({ published: false });
  });

  it("give a notes page its session's title, hosts, room and time, and nothing unplaced", () => {
    const { slots } = sampleSource();
    expect(notesSessionOf(source(), 'b')).toEqual({
      id: 'b',
      title: sampleSource().proposals.find((x) => x.id === 'b')!.title,
      hosts: sampleSource().proposals.find((x) => x.id === 'b')!.hosts,
      room: 'Glasrummet',
      startsAt: slots[0]!.startsAt,
      endsAt: slots[0]!.endsAt,
    });
    // "c" is hidden and unplaced; a public snapshot before live has no placements at all.
    expect(notesSessionOf(source(), 'c')).toBeNull();
    expect(
      notesSessionOf(
        source((s) => (s.placements = [])),
        'a',
      ),
    ).toBeNull();
  });

  it('leave out breaks, empty slots and hidden sessions, and never name an author', () => {
    const p = published(
      proceedingsOf(
        source((s) => {
          s.placements.push({ proposalId: 'c', roomId: 'r1', slotId: 's2', pinned: false });
        }),
      ),
    );
    // "c" is hidden, so s2 holds nothing; the lunch is a break.
    expect(p.days[0]!.slots.map((slot) => slot.id)).toEqual(['s1']);
    expect(JSON.stringify(p)).not.toContain('participant-1');
  });

  it('keep a plenary, with its label and no sessions, in time order', () => {
    const p = published(
      proceedingsOf(
        source((s) => {
          s.slots.unshift(
            slotAt(
              'open',
              '2026-11-27T08:00:00.000Z',
              '2026-11-27T08:20:00.000Z',
              'plenary',
              'Öppning',
            ),
          );
        }),
      ),
    );
    expect(p.days[0]!.slots.map((slot) => [slot.id, slot.kind, slot.label])).toEqual([
      ['open', 'plenary', 'Öppning'],
      ['s1', 'session', ''],
    ]);
    expect(p.days[0]!.slots[0]!.sessions).toEqual([]);
  });

  it('sort slots by time and split the days on the event clock, not UTC', () => {
    const p = published(
      proceedingsOf(
        source((s) => {
          // 23:30 UTC on the 27th is 00:30 on the 28th in Stockholm.
          s.slots.push(
            slotAt('late', '2026-11-27T23:30:00.000Z', '2026-11-28T00:15:00.000Z', 'session'),
          );
          s.slots.reverse();
          s.placements.push({ proposalId: 'b', roomId: 'r2', slotId: 'late', pinned: false });
          s.placements.splice(1, 1);
        }),
      ),
    );
    expect(p.days.map((d) => [d.date, d.slots.map((slot) => slot.id)])).toEqual([
      ['2026-11-27', ['s1']],
      ['2026-11-28', ['late']],
    ]);
  });

  it('show the totals once blind voting is over, and none where the snapshot hides them', () => {
    const tallies = (phase: 'live' | 'closed', blind: boolean, dots: number | null) =>
      published(
        proceedingsOf(
          source((s) => {
            s.event.phase = phase;
            s.event.blindVoting = blind;
            for (const proposal of s.proposals) {
              proposal.dots = dots;
              proposal.voters = dots;
            }
          }),
        ),
      ).days[0]!.slots[0]!.sessions.map((session) => session.tally);
    // Blind voting ends with the voting: a published agenda shows the totals.
    expect(tallies('live', true, 5)).toEqual([
      { dots: 5, voters: 5 },
      { dots: 5, voters: 5 },
    ]);
    // A snapshot that hides them (null) gives no tally rather than a zero.
    expect(tallies('closed', false, null)).toEqual([null, null]);
  });
});

describe("the proceedings' dates", () => {
  it('say the day in words, in the language shown, on the calendar date given', () => {
    expect(formatLongDate('2026-11-27', 'en')).toBe('Friday, November 27, 2026');
    expect(formatLongDate('2026-11-27', 'sv')).toBe('fredag 27 november 2026');
  });

  it('span several days as a range, and give nothing for none', () => {
    expect(formatDateSpan(['2026-11-28', '2026-11-27'], 'sv')).toBe(
      'fredag 27 november–lördag 28 november 2026',
    );
    expect(formatDateSpan(['2026-11-27', '2026-11-27'], 'en')).toBe('Friday, November 27, 2026');
    expect(formatDateSpan([], 'en')).toBe('');
  });
});
