import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { cellKey, indexAgenda, type AgendaIndex } from '../../../../shared/agenda';
import { slotsOfScreenDay } from '../../../../shared/now-next';
import { foldDay, type FoldedDay } from '../../../../shared/projector/fold-day';
import { pageAt } from '../../../../shared/projector/room-pages';
import type { Room } from '../../../../shared/schemas/room';
import type { Slot } from '../../../../shared/schemas/slot';
import { pageOverride, pageSecondsOverride } from '../../lib/url-overrides';
import type { EventSession } from '../../session/event-session';
import { planGrid, type GridPlan, type MeasureAt } from './grid-plan';
import { createMeasuredBox } from './measure-text';

/** How long a page of rooms stays up: long enough to find your room and read it, calmly. */
export const PAGE_SECONDS = 15;

export interface RoomsOnShow {
  /** 1-based, for people. */
  number: number;
  count: number;
  /** Positions of the first and last room on show, 1-based. */
  first: number;
  last: number;
  rooms: Room[];
}

export interface GridView {
  /** The box the grid fills; its size decides the plan. */
  attach: (box: HTMLElement) => void;
  plan: Accessor<GridPlan | null>;
  measureAt: Accessor<MeasureAt | null>;
  day: Accessor<FoldedDay<Slot>>;
  index: Accessor<AgendaIndex>;
  page: Accessor<RoomsOnShow>;
}

/**
 * What the live projector shows at `now`: the day with its past folded away (while it runs),
 * the layout that fits the screen, and which page of rooms is up.
 */
export function createGridView(session: EventSession, now: Accessor<number>): GridView {
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const live = () => session.state.event?.phase === 'live';
  const index = createMemo(() => indexAgenda(session.state));
  const day = createMemo((): FoldedDay<Slot> => {
    const folded = foldDay(slotsOfScreenDay(session.state.slots, now(), tz()), now());
    if (live()) return folded;
    // A closed event keeps its whole day on the wall, without now and next.
    const all = [
      ...folded.earlier.map((slot) => ({ slot, tense: 'past' as const })),
      ...folded.shown,
    ];
    return {
      earlier: [],
      shown: all
        .map((t) => ({ slot: t.slot, tense: t.tense === 'past' ? t.tense : ('later' as const) }))
        .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt)),
    };
  });

  const box = createMeasuredBox();

  const plan = createMemo(() => {
    const size = box.size();
    const measure = box.measureAt();
    const rooms = session.state.rooms;
    if (!size || !measure || rooms.length === 0 || day().shown.length === 0) return null;
    const cell = (slotId: string, room: Room) => {
      const proposal = index().get(cellKey(slotId, room.id));
      return proposal ? { title: proposal.title, hosts: proposal.hosts } : null;
    };
    return planGrid({
      width: size.width,
      height: size.height,
      viewportHeight: size.viewportHeight,
      roomNames: rooms.map((r) => r.name),
      earlier: day().earlier.length > 0,
      rows: day().shown.map(({ slot, tense }) => ({
        id: slot.id,
        session: slot.kind === 'session',
        focus: tense === 'now' || tense === 'next',
        cells: rooms.map((room) => cell(slot.id, room)),
      })),
      measureAt: measure,
    });
  });

  const turn = createPager(() => plan()?.pages.length ?? 1);
  const page = createMemo((): RoomsOnShow => {
    const rooms = session.state.rooms;
    const pages = plan()?.pages ?? [{ from: 0, to: rooms.length }];
    const i = Math.min(turn(), pages.length - 1);
    const { from, to } = pages[i]!;
    return {
      number: i + 1,
      count: pages.length,
      first: from + 1,
      last: to,
      rooms: rooms.slice(from, to),
    };
  });

  return { attach: box.attach, plan, measureAt: box.measureAt, day, index, page };
}

/**
 * The page of rooms on show, 0-based: turning every PAGE_SECONDS (or `?pageSeconds=`) on the
 * wall clock, or pinned with `?page=`.
 */
function createPager(count: Accessor<number>): Accessor<number> {
  const pinned = pageOverride(location.search);
  const every = (pageSecondsOverride(location.search) ?? PAGE_SECONDS) * 1000;
  const [clock, setClock] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    setClock(Date.now());
    timer = setTimeout(tick, every - (Date.now() % every));
  };
  if (pinned === null) timer = setTimeout(tick, every - (Date.now() % every));
  onCleanup(() => clearTimeout(timer));
  const page = createMemo(() => (pinned === null ? pageAt(clock(), every, count()) : pinned));
  return page;
}
