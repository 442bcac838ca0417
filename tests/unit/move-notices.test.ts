import { describe, expect, it } from 'vitest';
import {
  moveNotices,
  seenSessions,
  type AgendaState,
  type SeenAgenda,
} from '../../shared/move-notices';
import {
  addNotices,
  dismissNotice,
  HISTORY_SIZE,
  mergeHistories,
  openNotices,
} from '../../shared/notice-history';
import type { Placement } from '../../shared/schemas/placement';
import type { Proposal } from '../../shared/schemas/proposal';
import type { Slot } from '../../shared/schemas/slot';
import { sessionsOfInterest } from '../../shared/sessions-of-interest';

const TZ = 'Europe/Stockholm';
const AT = Date.parse('2026-11-27T12:00:00Z');

const slot = (id: string, startsAt: string, kind: Slot['kind'] = 'session'): Slot => ({
  id,
  startsAt,
  endsAt: startsAt.replace(
    /T(\d\d)/,
    (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`,
  ),
  kind,
  label: '',
});
const proposal = (id: string, authorId: string | null = null): Proposal => ({
  id,
  title: `Session ${id}`,
  description: '',
  hosts: [],
  format: 'talk',
  authorId,
  dots: 0,
  voters: 0,
  hidden: false,
  createdAt: '2026-11-27T07:00:00.000Z',
  updatedAt: '2026-11-27T07:00:00.000Z',
});
const at = (proposalId: string, slotId: string, roomId: string): Placement => ({
  proposalId,
  slotId,
  roomId,
  pinned: false,
});

/** Two rooms, three slots on 27 November (one a lunch break) and one on the 28th. */
function agenda(placements: Placement[], proposals = ['a', 'b', 'c'].map((id) => proposal(id))) {
  return {
    rooms: [
      { id: 'aula', name: 'Aula', capacity: 80, notes: '', position: 0 },
      { id: 'sal-b', name: 'Sal B', capacity: 20, notes: '', position: 1 },
    ],
    slots: [
      slot('s1', '2026-11-27T09:00:00.000Z'),
      slot('s2', '2026-11-27T13:15:00.000Z'),
      slot('lunch', '2026-11-27T11:00:00.000Z', 'break'),
      slot('d2', '2026-11-28T09:00:00.000Z'),
    ],
    proposals,
    placements,
  } satisfies AgendaState;
}

const ALL = new Set(['a', 'b', 'c']);
const seen = (version: number, state: AgendaState, interest: ReadonlySet<string> = ALL) => ({
  version,
  sessions: seenSessions(state, interest),
});
const compare = (before: SeenAgenda, state: AgendaState, version: number, interest = ALL) =>
  moveNotices(
    before,
    seen(version, state, interest),
    new Set(state.proposals.map((p) => p.id)),
    TZ,
    AT,
  );

const start = agenda([at('a', 's1', 'aula'), at('b', 's1', 'sal-b')]);

describe('moveNotices', () => {
  it('tells a change of room, keeping the time', () => {
    const [notice, ...rest] = compare(
      seen(4, start),
      agenda([at('a', 's1', 'sal-b'), at('b', 's1', 'aula')]),
      5,
      new Set(['a']),
    );
    expect(rest).toEqual([]);
    expect(notice).toEqual({
      id: 'a@5',
      kind: 'moved',
      proposalId: 'a',
      title: 'Session a',
      roomChanged: true,
      timeChanged: false,
      dayChanged: false,
      roomName: 'Sal B',
      startsAt: '2026-11-27T09:00:00.000Z',
      fromRoomName: 'Aula',
      fromStartsAt: '2026-11-27T09:00:00.000Z',
      at: AT,
    });
  });

  it('tells a change of time, of both, and of day', () => {
    const notices = compare(
      seen(4, start),
      agenda([at('a', 's2', 'aula'), at('b', 'd2', 'aula')]),
      5,
    );
    expect(notices.map((n) => [n.id, n.roomChanged, n.timeChanged, n.dayChanged])).toEqual([
      ['a@5', false, true, false],
      ['b@5', true, true, true],
    ]);
  });

  it('tells a slot whose time was edited as a move of the sessions in it', () => {
    const later = agenda(start.placements);
    later.slots[0] = slot('s1', '2026-11-27T09:30:00.000Z');
    const notices = compare(seen(4, start), later, 5);
    expect(notices.map((n) => [n.proposalId, n.timeChanged, n.startsAt])).toEqual([
      ['a', true, '2026-11-27T09:30:00.000Z'],
      ['b', true, '2026-11-27T09:30:00.000Z'],
    ]);
  });

  it('tells a session taken off the grid, put in a break, or hidden with its proposal', () => {
    const hidden = agenda(
      [at('b', 'lunch', 'sal-b')],
      [proposal('b'), proposal('c')], // a was hidden by the facilitator
    );
    const notices = compare(seen(4, start), hidden, 5);
    expect(notices.map((n) => [n.id, n.kind, n.title, n.roomName, n.fromRoomName])).toEqual([
      ['a@5', 'removed', 'Session a', null, 'Aula'],
      ['b@5', 'removed', 'Session b', null, 'Sal B'],
    ]);
  });

  it('tells a session of interest put (back) on the agenda', () => {
    const notices = compare(
      seen(4, start),
      agenda([...start.placements, at('c', 's2', 'aula')]),
      5,
    );
    expect(notices.map((n) => [n.id, n.kind, n.startsAt, n.fromStartsAt])).toEqual([
      ['c@5', 'added', '2026-11-27T13:15:00.000Z', null],
    ]);
  });

  it('says nothing about sessions I do not care about, nor about renames of rooms', () => {
    const renamed = agenda([at('a', 's1', 'aula'), at('b', 's2', 'sal-b')]);
    renamed.rooms[0] = { ...renamed.rooms[0]!, name: 'Stora salen' };
    expect(compare(seen(4, start, new Set(['a'])), renamed, 5, new Set(['a']))).toEqual([]);
  });

  it('says nothing about a session that just stopped being of interest', () => {
    const moved = agenda([at('a', 's2', 'aula'), at('b', 's1', 'sal-b')]);
    expect(compare(seen(4, start), moved, 5, new Set(['b']))).toEqual([]);
  });

  it('says nothing for a view that is not newer: a stored copy shown before the server answers', () => {
    const moved = agenda([at('a', 's2', 'aula'), at('b', 's1', 'sal-b')]);
    expect(compare(seen(5, start), moved, 5)).toEqual([]);
    expect(compare(seen(6, start), moved, 5)).toEqual([]);
  });

  it('says nothing when the agenda is as it was, whatever the version', () => {
    expect(compare(seen(4, start), agenda(start.placements), 9)).toEqual([]);
  });

  it('catches up on a phone that missed several moves: one notice, from what it saw to now', () => {
    // Moved to s2 at version 5 and on to d2 in Sal B at version 6; the phone saw neither.
    const notices = compare(seen(4, start), agenda([at('a', 'd2', 'sal-b')]), 6, new Set(['a']));
    expect(notices.map((n) => [n.id, n.fromRoomName, n.roomName, n.dayChanged])).toEqual([
      ['a@6', 'Aula', 'Sal B', true],
    ]);
  });
});

describe('the history of notices', () => {
  const moved = (version: number, proposalId = 'a') =>
    compare(
      seen(version - 1, start),
      agenda([at(proposalId, 's2', 'sal-b')]),
      version,
      new Set([proposalId]),
    );

  it('keeps the newest first and the same change once', () => {
    const once = addNotices([], moved(5));
    const twice = addNotices(once, moved(5));
    expect(twice).toEqual(once);
    expect(addNotices(once, moved(7, 'b')).map((n) => n.id)).toEqual(['b@7', 'a@5']);
  });

  it('closes an older notice about the same session when a newer one comes, and keeps both', () => {
    const history = addNotices(addNotices([], moved(5)), moved(8));
    expect(openNotices(history).map((n) => n.id)).toEqual(['a@8']);
    expect(history.map((n) => n.id)).toEqual(['a@8', 'a@5']);
  });

  it('keeps a dismissed notice in the history only', () => {
    const history = dismissNotice(addNotices(addNotices([], moved(5)), moved(6, 'b')), 'a@5');
    expect(openNotices(history).map((n) => n.id)).toEqual(['b@6']);
    expect(history).toHaveLength(2);
  });

  it('merges two tabs’ histories: each notice once, dismissed if either dismissed it, newest first', () => {
    const shared = addNotices([], moved(5));
    // This tab dismissed a@5; the other saw b@7 arrive and dismissed nothing.
    const mine = dismissNotice(shared, 'a@5');
    const theirs = addNotices(shared, moved(7, 'b'));
    const merged = mergeHistories(mine, theirs);
    expect(merged.map((n) => [n.id, n.dismissed])).toEqual([
      ['b@7', false],
      ['a@5', true],
    ]);
    // Either way round, and merging again changes nothing.
    expect(mergeHistories(theirs, mine)).toEqual(merged);
    expect(mergeHistories(merged, merged)).toEqual(merged);
    expect(mergeHistories(merged, [])).toEqual(merged);
  });

  it('closes, in a merge, an older notice about a session the other tab heard newer news of', () => {
    const older = addNotices([], moved(5));
    const newer = addNotices([], moved(8));
    expect(openNotices(mergeHistories(older, newer)).map((n) => n.id)).toEqual(['a@8']);
  });

  it(`keeps the last ${HISTORY_SIZE} in a merge too`, () => {
    let a = addNotices([], []);
    let b = addNotices([], []);
    for (let v = 1; v <= HISTORY_SIZE; v++) a = addNotices(a, moved(2 * v, 'abc'[v % 3]));
    for (let v = 1; v <= HISTORY_SIZE; v++) b = addNotices(b, moved(2 * v + 1, 'abc'[v % 3]));
    const merged = mergeHistories(a, b);
    expect(merged).toHaveLength(HISTORY_SIZE);
    expect(merged[0]!.id).toBe(`${'abc'[HISTORY_SIZE % 3]}@${2 * HISTORY_SIZE + 1}`);
  });

  it(`keeps the last ${HISTORY_SIZE}`, () => {
    let history = addNotices([], []);
    const last = HISTORY_SIZE + 3;
    for (let v = 1; v <= last; v++) history = addNotices(history, moved(v, 'abc'[v % 3]));
    expect(history).toHaveLength(HISTORY_SIZE);
    expect(history[0]!.id).toBe(`${'abc'[last % 3]}@${last}`);
    expect(history.at(-1)!.id).toBe(`${'abc'[4 % 3]}@4`);
  });
});

describe('sessionsOfInterest', () => {
  it('holds the sessions I pitched and those I put dots on, not those I took my dots off', () => {
    const me = { participant: { id: 'me' }, votes: { b: 2, c: 0 } };
    const proposals = [proposal('a', 'me'), proposal('b', 'other'), proposal('c')];
    expect([...sessionsOfInterest(me, proposals)].sort()).toEqual(['a', 'b']);
  });

  it('holds the sessions I starred too', () => {
    const me = { participant: { id: 'me' }, votes: {}, starred: ['d'] };
    const proposals = [proposal('a', 'other'), proposal('d', 'other')];
    expect([...sessionsOfInterest(me, proposals)]).toEqual(['d']);
  });

  it('is empty for a viewer without a participant', () => {
    expect(sessionsOfInterest({ participant: null, votes: {} }, [proposal('a')]).size).toBe(0);
  });
});
