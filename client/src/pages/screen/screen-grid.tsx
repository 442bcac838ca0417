import { createEffect, For, on, Show } from 'solid-js';
import { cellKey } from '../../../../shared/agenda';
import type { SlotTense } from '../../../../shared/now-next';
import type { Slot } from '../../../../shared/schemas/slot';
import { formatTime, formatTimeRange } from '../../i18n/format';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { createFlash, createSettled } from './flash';
import type { GridPlan, PlannedRow } from './grid-plan';
import type { GridView } from './grid-view';
import { EarlierBand, LaterBand } from './grid-bands';
import { RoomName, ScreenCell } from './screen-cell';
import { px } from './type-scale';
import '../../styles/screen-grid.css';

/**
 * The published grid on the wall: one page of rooms across, the day's slots down, filling the
 * screen without scrolling. What is over folds into a line at the top; the running slot says
 * "Now", the one after it "Next", and later slots that do not fit fold into a line below.
 */
export function ScreenGrid(props: { view: GridView }) {
  const session = useSession();
  const armed = createSettled(() => props.view.index().size > 0);
  let grid: HTMLDivElement | undefined;
  // A new page of rooms fades in, gently; nothing moves for those who asked for less motion.
  createEffect(
    on(
      () => props.view.page().number,
      () => {
        if (!grid || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
        for (const el of grid.querySelectorAll('[data-room-id], .screen-grid__room')) {
          el.animate({ opacity: [0, 1] }, { duration: 700, easing: 'ease-out' });
        }
      },
      { defer: true },
    ),
  );

  return (
    <main class="screen-grid-box" ref={(el) => props.view.attach(el)}>
      <Show
        when={session.state.rooms.length > 0 && props.view.day().shown.length > 0}
        fallback={<p class="screen-grid-empty">{t('screen.noGrid')}</p>}
      >
        <Show when={props.view.plan()}>
          {(plan) => (
            <div
              ref={grid}
              class="screen-grid"
              role="table"
              aria-label={t('screen.gridLabel')}
              data-testid="screen-grid"
              style={gridStyle(plan(), props.view)}
            >
              <div class="screen-grid__row screen-grid__row--head" role="row">
                <div class="screen-grid__corner" role="columnheader">
                  <span class="visually-hidden">{t('screen.time')}</span>
                </div>
                <For each={props.view.page().rooms}>
                  {(room) => <RoomName room={room} view={props.view} plan={plan()} />}
                </For>
              </div>
              <Show when={props.view.day().earlier.length > 0}>
                <EarlierBand slots={props.view.day().earlier} />
              </Show>
              {/* Keyed by slot, so a re-plan (a tick, a fact) keeps the cells and their glow. */}
              <For each={plan().rows.map((r) => r.id)}>
                {(id) => (
                  <Show when={rowOf(plan(), props.view, id)}>
                    {(row) => (
                      <ScreenRow
                        row={row().row}
                        slot={row().slot}
                        tense={row().tense}
                        view={props.view}
                        armed={armed()}
                      />
                    )}
                  </Show>
                )}
              </For>
              <Show when={plan().foldedLater.length > 0}>
                <LaterBand ids={plan().foldedLater} view={props.view} />
              </Show>
            </div>
          )}
        </Show>
      </Show>
    </main>
  );
}

function rowOf(plan: GridPlan, view: GridView, id: string) {
  const row = plan.rows.find((r) => r.id === id);
  const shown = view.day().shown.find((s) => s.slot.id === id);
  return row && shown ? { row, slot: shown.slot, tense: shown.tense } : null;
}

function gridStyle(plan: GridPlan, view: GridView) {
  const earlier = view.day().earlier.length > 0 ? [px(plan.bandHeight)] : [];
  const later = plan.foldedLater.length > 0 ? [px(plan.bandHeight)] : [];
  return {
    '--floor': px(plan.floor),
    '--gap': px(plan.gap),
    '--pad-x': px(plan.padX),
    '--pad-y': px(plan.padY),
    '--room-size': px(plan.roomSize),
    'grid-template-columns': `${px(plan.timeWidth)} repeat(${plan.columns}, ${px(plan.columnWidth)})`,
    'grid-template-rows': [
      px(plan.headHeight),
      ...earlier,
      ...plan.rows.map((r) => px(r.height)),
      ...later,
    ].join(' '),
  };
}

function TenseTag(props: { tense: SlotTense }) {
  return (
    <Show when={props.tense === 'now' || props.tense === 'next'}>
      <span class={`screen-tag screen-tag--${props.tense}`} data-testid={`screen-${props.tense}`}>
        {props.tense === 'now' ? t('screen.now') : t('screen.next')}
      </span>
    </Show>
  );
}

function ScreenRow(props: {
  row: PlannedRow;
  slot: Slot;
  tense: SlotTense;
  view: GridView;
  armed: boolean;
}) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const label = () => props.slot.label || t(`slotKind.${props.slot.kind}`);
  const fresh = createFlash(
    () => (props.slot.kind === 'session' ? '' : `${props.slot.kind}|${label()}`),
    () => props.armed,
  );
  return (
    <div
      class={`screen-grid__row screen-grid__row--${props.tense} screen-grid__row--${props.slot.kind}`}
      role="row"
      data-slot-id={props.slot.id}
      data-tense={props.tense}
      style={{
        '--title-size': px(props.row.titleSize),
        '--hosts-size': px(props.row.hostsSize),
      }}
    >
      <Show
        when={props.slot.kind === 'session'}
        fallback={
          <>
            <div class="screen-grid__time" role="rowheader">
              <span class="screen-grid__start">{formatTime(props.slot.startsAt, tz())}</span>
            </div>
            <div
              class="screen-break"
              classList={{ 'is-fresh': fresh() }}
              role="cell"
              data-testid="screen-break"
            >
              <TenseTag tense={props.tense} />
              <span class="screen-break__label">{label()}</span>
              <span class="screen-break__time">
                {formatTimeRange(props.slot.startsAt, props.slot.endsAt, tz())}
              </span>
            </div>
          </>
        }
      >
        <div class="screen-grid__time" role="rowheader">
          <TenseTag tense={props.tense} />
          <span class="screen-grid__start">{formatTime(props.slot.startsAt, tz())}</span>
          <span class="screen-grid__end">{formatTime(props.slot.endsAt, tz())}</span>
        </div>
        <For each={props.view.page().rooms}>
          {(room) => (
            <ScreenCell
              proposal={props.view.index().get(cellKey(props.slot.id, room.id)) ?? null}
              room={room}
              slot={props.slot}
              row={props.row}
              view={props.view}
              armed={props.armed}
            />
          )}
        </For>
      </Show>
    </div>
  );
}
