import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { indexAgenda, type AgendaIndex } from '../../../../shared/agenda';
import type { Slot } from '../../../../shared/schemas/slot';
import { nowAndNext, slotTense, type NowNext, type SlotTense } from '../../../../shared/now-next';
import type { EventSession } from '../../session/event-session';
import { notesPath } from '../../lib/notes-url';
import { FLASH_MS } from '../screen/flash';
import { createStarAction } from './star-action';

/** A session's star as its toggle shows it. */
export interface StarState {
  on: boolean;
  toggle: () => void;
}

/** What every part of the phone's agenda reads: the grid, the time, my votes, what just moved. */
export interface AgendaModel {
  index: Accessor<AgendaIndex>;
  now: Accessor<number>;
  timeZone: Accessor<string>;
  nowNext: Accessor<NowNext<Slot>>;
  /** Now/next marks only while the event is live; a closed event is read-only history. */
  tense: (slot: Slot) => SlotTense;
  voted: (proposalId: string) => boolean;
  /** True for a moment after a session was placed or moved, so the change catches the eye. */
  fresh: (proposalId: string) => boolean;
  /** The star of a session; null for a viewer without a token, who has no stars. */
  star: (proposalId: string) => StarState | null;
  /** Where the session's shared notes are read and written (issue 10). */
  notesHref: (proposalId: string) => string | null;
}

export function createAgendaModel(session: EventSession, now: Accessor<number>): AgendaModel {
  const index = createMemo(() => indexAgenda(session.state));
  const timeZone = () => session.state.event?.timezone ?? 'UTC';
  const live = () => session.state.event?.phase === 'live';
  const nowNext = createMemo(() => nowAndNext(session.state.slots, now()));

  const [moved, setMoved] = createSignal<ReadonlySet<string>>(new Set());
  let where = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const next = new Map(
      session.state.placements.map((p) => [p.proposalId, `${p.slotId}|${p.roomId}`]),
    );
    const changed = [...next].filter(([id, cell]) => where.size > 0 && where.get(id) !== cell);
    where = next;
    if (changed.length === 0) return;
    setMoved(new Set(changed.map(([id]) => id)));
    clearTimeout(timer);
    timer = setTimeout(() => setMoved(new Set<string>()), FLASH_MS);
  });
  onCleanup(() => clearTimeout(timer));
  const stars = createStarAction(session);

  return {
    index,
    now,
    timeZone,
    nowNext,
    tense: (slot) => {
      const tense = slotTense(slot, now(), nowNext());
      return live() || tense === 'past' ? tense : 'later';
    },
    voted: (proposalId) => (session.me.votes[proposalId] ?? 0) > 0,
    fresh: (proposalId) => moved().has(proposalId),
    star: (proposalId) =>
      session.me.role === 'participant'
        ? { on: stars.starred(proposalId), toggle: () => void stars.toggle(proposalId) }
        : null,
    notesHref: (proposalId) => {
      const code = session.state.event?.joinCode;
      return code ? notesPath(code, proposalId) : null;
    },
  };
}
