import { createMemo, For, Index, Show } from 'solid-js';
import type { Slot } from '../../../../../shared/schemas/slot';
import { formatDate, formatTime, formatTimeRange, minutesBetween } from '../../../i18n/format';
import { t } from '../../../i18n';
import { groupSlotsByDay } from '../../../lib/slot-days';
import { useGrid } from './grid-state';
import { GridCell } from './grid-cell';

type Row = { kind: 'day'; date: string } | { kind: 'slot'; slot: Slot; index: number };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** While a session is selected, the arrow keys walk the cells' buttons like a spreadsheet. */
function moveFocus(e: KeyboardEvent) {
  const step = ARROWS[e.key];
  const from = e.target as HTMLElement;
  if (!step || from.dataset.testid !== 'cell-pick') return;
  const root = e.currentTarget as HTMLElement;
  let row = Number(from.dataset.row);
  let col = Number(from.dataset.col);
  // Skip breaks and the selected session's own cell; stop at the edge.
  for (let i = 0; i < 200; i++) {
    row += step[0];
    col += step[1];
    if (row < 0 || col < 0 || row > 500 || col > 500) return;
    const next = root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      return;
    }
  }
}

/** Rooms as columns, slots as rows; breaks and plenaries span the rooms and take no sessions. */
export function ScheduleGrid() {
  const ui = useGrid();
  const session = ui.session;
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const rows = createMemo<Row[]>(() => {
    const days = groupSlotsByDay(session.state.slots, tz());
    const out: Row[] = [];
    let index = 0;
    for (const day of days) {
      if (days.length > 1) out.push({ kind: 'day', date: day.date });
      for (const slot of day.slots) out.push({ kind: 'slot', slot, index: index++ });
    }
    return out;
  });

  return (
    // Focusable, so that a keyboard can scroll a grid wider than the screen even when none
    // of its cells holds a button yet.
    <div
      class="grid-scroll"
      role="region"
      aria-label={t('grid.scrollLabel')}
      tabIndex={0}
      ref={(el) => ui.setScrollArea(el)}
      data-testid="grid-scroll"
      onKeyDown={moveFocus}
    >
      <div
        class="sched"
        role="table"
        aria-label={t('grid.tableLabel')}
        aria-rowcount={rows().length + 1}
        style={{ '--rooms': String(session.state.rooms.length) }}
      >
        <div role="row" class="sched__row">
          <div role="columnheader" class="sched__corner">
            <span class="visually-hidden">{t('grid.timeHeader')}</span>
          </div>
          <For each={session.state.rooms}>
            {(room) => (
              <div role="columnheader" class="sched__room" data-testid="room-header">
                <span class="sched__room-name">{room.name}</span>
                <span class="sched__room-meta">
                  {t('room.seats', { count: room.capacity })}
                  <Show when={room.notes}>
                    <span class="sched__room-notes"> · {room.notes}</span>
                  </Show>
                </span>
              </div>
            )}
          </For>
        </div>
        <For each={rows()}>
          {(row) =>
            row.kind === 'day' ? (
              <div role="row" class="sched__row">
                <div role="rowheader" class="sched__day">
                  <span class="sched__day-label">{formatDate(row.date)}</span>
                </div>
              </div>
            ) : (
              <div role="row" class="sched__row">
                <div
                  role="rowheader"
                  class="sched__time"
                  classList={{ 'sched__time--break': row.slot.kind !== 'session' }}
                >
                  <Show
                    when={row.slot.kind === 'session'}
                    fallback={
                      <span class="sched__time-range">
                        {formatTimeRange(row.slot.startsAt, row.slot.endsAt, tz())}
                      </span>
                    }
                  >
                    <span class="sched__time-start">{formatTime(row.slot.startsAt, tz())}</span>
                    <span class="sched__time-end">
                      <span class="visually-hidden">{t('grid.until')} </span>
                      {formatTime(row.slot.endsAt, tz())}
                    </span>
                    <span class="sched__time-len">
                      {t('grid.minutes', {
                        count: minutesBetween(row.slot.startsAt, row.slot.endsAt),
                      })}
                    </span>
                  </Show>
                </div>
                <Show
                  when={row.slot.kind === 'session'}
                  fallback={
                    <div
                      role="cell"
                      class={`sched__break sched__break--${row.slot.kind}`}
                      data-testid="grid-break"
                    >
                      <span class="sched__break-label">
                        {row.slot.label || t(`slotKind.${row.slot.kind}`)}
                      </span>
                      <Show when={row.slot.label}>
                        <span class="sched__break-kind">{t(`slotKind.${row.slot.kind}`)}</span>
                      </Show>
                    </div>
                  }
                >
                  <Index each={session.state.rooms}>
                    {(room, col) => (
                      <GridCell room={room()} slot={row.slot} row={row.index} col={col} />
                    )}
                  </Index>
                </Show>
              </div>
            )
          }
        </For>
      </div>
    </div>
  );
}
