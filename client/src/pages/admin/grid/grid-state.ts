import {
  batch,
  createContext,
  createEffect,
  createMemo,
  createSelector,
  createSignal,
  useContext,
} from 'solid-js';
import type { Placement } from '../../../../../shared/schemas/placement';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import { formatTimeRange } from '../../../i18n/format';
import { t } from '../../../i18n';
import type { AdminSession } from '../../../session/admin-session';
import { createDragController, type DragSource, type DropTarget } from './drag';
import {
  gridFactsOf,
  gridWarnings,
  warningsByProposal,
  warningsIfPlaced,
  warningText,
  type GridFacts,
  type Warning,
} from './warnings';

export const cellKey = (roomId: string, slotId: string) => `${roomId}|${slotId}`;

function focusFirstPick() {
  const picks = document.querySelectorAll<HTMLElement>('[data-testid="cell-pick"]');
  const free = [...picks].find((el) => el.dataset.empty === 'true');
  (free ?? picks[0])?.focus();
}

/** Focus on a session's card, wherever it is now: in the list or on the grid. */
export function focusCard(proposalId: string) {
  requestAnimationFrame(() => {
    const sel = `[data-proposal-id="${CSS.escape(proposalId)}"]`;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="unplaced-card"]${sel}, [data-testid="placed-card"]${sel} button`,
    );
    card?.focus();
  });
}

/**
 * The grid page's own state: what is selected or dragged, which cell the next drop would hit
 * and what it would cause there, on top of the session's live stores.
 */
export function createGridUi(session: AdminSession) {
  const [selected, setSelected] = createSignal<string | null>(null);
  const [aimed, setAimed] = createSignal<DropTarget | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  // A live region speaks when its text changes: the same words twice in a row (two undos) get
  // a trailing no-break space, so that the second is heard too.
  const announce = (text: string) =>
    setAnnouncement((before) => (before === text ? `${text}\u00a0` : text));
  let scrollArea: HTMLElement | undefined;

  const facts = createMemo<GridFacts>(() => gridFactsOf(session));
  const proposals = createMemo(() => new Map(session.state.proposals.map((p) => [p.id, p])));
  const byCell = createMemo(() => {
    const map = new Map<string, Placement>();
    for (const p of session.grid.placements()) map.set(cellKey(p.roomId, p.slotId), p);
    return map;
  });
  const byProposal = createMemo(
    () => new Map(session.grid.placements().map((p) => [p.proposalId, p])),
  );
  const warnings = createMemo(() => gridWarnings(facts()));
  const warningsOf = createMemo(() => warningsByProposal(warnings()));

  const proposal = (id: string): Proposal | undefined => proposals().get(id);
  const titleOf = (id: string) => proposal(id)?.title ?? '';
  const placementOf = (id: string) => byProposal().get(id);
  const occupant = (roomId: string, slotId: string) => byCell().get(cellKey(roomId, slotId));

  function whereText(roomId: string, slotId: string): string {
    const room = session.state.rooms.find((r) => r.id === roomId);
    const slot = session.state.slots.find((s) => s.id === slotId);
    const tz = session.state.event?.timezone ?? 'UTC';
    const time = slot ? formatTimeRange(slot.startsAt, slot.endsAt, tz) : '';
    return `${room?.name ?? ''}, ${time}`;
  }

  async function dropOn(proposalId: string, target: DropTarget) {
    const title = titleOf(proposalId);
    const from = placementOf(proposalId);
    if (target.kind === 'list') {
      if (!from) return;
      if (await session.grid.unplace(proposalId)) {
        announce(t('grid.announceRemoved', { title }));
      }
      return;
    }
    const { roomId, slotId } = target;
    if (from?.roomId === roomId && from.slotId === slotId) return;
    const other = occupant(roomId, slotId);
    const ok = await session.grid.place(proposalId, roomId, slotId, { swap: !!other });
    if (ok) {
      announce(
        other
          ? t('grid.announceSwapped', { title, other: titleOf(other.proposalId) })
          : t('grid.announcePlaced', { title, where: whereText(roomId, slotId) }),
      );
    }
  }

  const dnd = createDragController({
    scrollArea: () => scrollArea,
    onStart: () => setSelected(null),
    onDrop: (source: DragSource, target: DropTarget) => void dropOn(source.proposalId, target),
  });

  // Every pointer move makes a new drag state; cells listen to these narrower facts only.
  const dragged = createMemo(() => dnd.drag()?.source.proposalId ?? null);
  const overKey = createMemo(() => {
    const o = dnd.drag()?.over;
    return o?.kind === 'cell' ? cellKey(o.roomId, o.slotId) : (o?.kind ?? null);
  });
  const aimedKey = createMemo(() => {
    const a = aimed();
    return a?.kind === 'cell' ? cellKey(a.roomId, a.slotId) : null;
  });

  const isDragging = createSelector(dragged);
  const isOver = createSelector(overKey);
  const isAimed = createSelector(aimedKey);

  /** The proposal on its way (dragged or selected) and the cell it is aimed at. */
  const candidate = createMemo(
    () => {
      const d = dnd.drag();
      if (d) return d.over?.kind === 'cell' ? { proposalId: d.source.proposalId, ...d.over } : null;
      const id = selected();
      const target = aimed();
      return id && target?.kind === 'cell' ? { proposalId: id, ...target } : null;
    },
    null,
    {
      equals: (a, b) =>
        a?.proposalId === b?.proposalId && a?.roomId === b?.roomId && a?.slotId === b?.slotId,
    },
  );

  /** What the candidate drop would cause on its cell: the grid warns before the drop. */
  const preview = createMemo(() => {
    const c = candidate();
    if (!c) return null;
    const found = warningsIfPlaced(facts(), c.proposalId, c.roomId, c.slotId);
    return found && { ...c, warnings: found };
  });

  // A selected session that leaves (hidden or merged by someone else) cannot be placed.
  createEffect(() => {
    const id = selected();
    if (id && !proposals().has(id)) setSelected(null);
  });

  /** The proposal in flight, dragged or selected. */
  const moving = createMemo(() => dragged() ?? selected());

  return {
    session,
    facts,
    proposal,
    titleOf,
    placementOf,
    occupant,
    warnings,
    warningsFor: (proposalId: string): Warning[] => warningsOf().get(proposalId) ?? [],
    /** How many participants starred it: who plans to come, once the agenda is out. */
    starsOf: (proposalId: string) => session.adminView.stars[proposalId] ?? 0,
    textOf: (w: Warning, forId: string) => warningText(w, forId, titleOf),
    whereText,
    drag: dnd.drag,
    /** The proposal being dragged, if any. */
    dragged,
    isDragging,
    /** Whether the pointer is over this cell (`cellKey`) or over the list (`"list"`). */
    isOver,
    isAimed,
    pointerDown: dnd.pointerDown,
    preview,
    moving,
    selected,
    /** Selects a proposal to place; from the keyboard, focus moves on to the first free cell. */
    select(proposalId: string | null, focusCells = false) {
      batch(() => {
        setSelected(proposalId);
        setAimed(null);
      });
      if (proposalId && focusCells) requestAnimationFrame(focusFirstPick);
    },
    aim: setAimed,
    aimed,
    /** Keyboard and tap path: the selected proposal goes to this target. */
    async pick(target: DropTarget) {
      const id = selected();
      if (!id) return;
      batch(() => {
        setSelected(null);
        setAimed(null);
      });
      // The cell's button goes away with the selection: focus follows the session instead.
      focusCard(id);
      await dropOn(id, target);
    },
    dropOn,
    /** Undo and redo, from the buttons or the keyboard, said aloud once the server agreed. */
    async undo() {
      if (await session.grid.undo()) announce(t('grid.announceUndone'));
    },
    async redo() {
      if (await session.grid.redo()) announce(t('grid.announceRedone'));
    },
    announcement,
    setScrollArea: (el: HTMLElement) => (scrollArea = el),
  };
}

export type GridUi = ReturnType<typeof createGridUi>;

const GridContext = createContext<GridUi>();
export const GridProvider = GridContext.Provider;

export function useGrid(): GridUi {
  const ui = useContext(GridContext);
  if (!ui) throw new Error('useGrid() outside the grid page');
  return ui;
}
