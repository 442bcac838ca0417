import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { cellKey } from '../../../../shared/agenda';
import type { SlotTense } from '../../../../shared/now-next';
import { fitWords } from '../../../../shared/projector/word-fit';
import type { Proposal } from '../../../../shared/schemas/proposal';
import type { Room } from '../../../../shared/schemas/room';
import type { Slot } from '../../../../shared/schemas/slot';
import { formatTime, formatTimeRange } from '../../i18n/format';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { createFlash, createSettled } from './flash';
import { cellText, type GridPlan, type PlannedRow } from './grid-plan';
import type { GridView } from './grid-view';
import { Unbroken, WholeWords } from './whole-words';
import '../../styles/screen-grid.css';

const px = (n: number) => `${n.toFixed(2)}px`;

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
    <div class="screen-grid-box" ref={(el) => props.view.attach(el)}>
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
    </div>
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

function RoomName(props: { room: Room; view: GridView; plan: GridPlan }) {
  const session = useSession();
  const name = () => {
    const measure = props.view.measureAt();
    if (!measure) return props.room.name;
    const fit = fitWords(
      props.room.name,
      props.plan.textWidth,
      2,
      measure(props.plan.roomSize, 800),
    );
    return fit.text || props.room.name;
  };
  return (
    <div class="screen-grid__room" role="columnheader" data-testid="screen-room">
      <span
        class="screen-grid__room-name"
        lang={session.state.event?.language}
        data-full={props.room.name}
      >
        <WholeWords text={name()} />
      </span>
    </div>
  );
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

function ScreenCell(props: {
  proposal: Proposal | null;
  room: Room;
  slot: Slot;
  row: PlannedRow;
  view: GridView;
  armed: boolean;
}) {
  const session = useSession();
  const fresh = createFlash(
    () => {
      const p = props.proposal;
      return p ? `${p.id}|${p.title}|${p.hosts.join()}` : '';
    },
    () => props.armed,
  );
  /** The title and hosts cut at whole words to what this row has room for. */
  const fitted = createMemo(() => {
    const p = props.proposal;
    const cell = { title: p?.title ?? '', hosts: p?.hosts ?? [] };
    const plan = props.view.plan();
    const measureAt = props.view.measureAt();
    return p && plan && measureAt ? cellText(plan, props.row, cell, measureAt) : cell;
  });
  return (
    <Show
      when={props.proposal}
      fallback={
        <div
          class="screen-empty"
          classList={{ 'is-fresh': fresh() }}
          role="cell"
          data-testid="screen-empty"
          data-room-id={props.room.id}
          data-slot-id={props.slot.id}
        >
          <span class="visually-hidden">{t('screen.free')}</span>
        </div>
      }
    >
      {(proposal) => (
        <div
          class="screen-cell"
          classList={{ 'is-fresh': fresh() }}
          role="cell"
          data-testid="screen-cell"
          data-proposal-id={proposal().id}
          data-room-id={props.room.id}
          data-slot-id={props.slot.id}
          title={proposal().title}
        >
          <p
            class="screen-cell__title"
            lang={session.state.event?.language}
            data-full={proposal().title}
          >
            <WholeWords text={fitted().title} />
          </p>
          <Show when={fitted().hosts.length > 0}>
            <p class="screen-cell__hosts" data-testid="screen-hosts">
              <Unbroken pieces={fitted().hosts} />
            </p>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** The slots that are over, as one quiet line: the whole day is on everyone's phone. */
function EarlierBand(props: { slots: Slot[] }) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  return (
    <div class="screen-grid__row screen-grid__row--earlier" role="row" data-testid="screen-earlier">
      <div class="screen-grid__time" role="rowheader" />
      <div class="screen-band" role="cell">
        {t('screen.earlier', {
          count: props.slots.length,
          from: formatTime(props.slots[0]!.startsAt, tz()),
          to: formatTime(props.slots[props.slots.length - 1]!.endsAt, tz()),
        })}
      </div>
    </div>
  );
}

/** Slots that did not fit, by their start times: later ones, or the end of a day gone by. */
function LaterBand(props: { ids: string[]; view: GridView }) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const folded = () => props.view.day().shown.filter((s) => props.ids.includes(s.slot.id));
  const times = () =>
    folded()
      .map(({ slot }) => {
        const time = formatTime(slot.startsAt, tz());
        return slot.kind === 'session'
          ? time
          : `${time} ${slot.label || t(`slotKind.${slot.kind}`)}`;
      })
      .join(' · ');
  const over = () => folded().every((s) => s.tense === 'past');
  return (
    <div
      class="screen-grid__row screen-grid__row--later-band"
      role="row"
      data-testid="screen-later"
    >
      <div class="screen-grid__time" role="rowheader" />
      <div class="screen-band" role="cell">
        {t(over() ? 'screen.alsoToday' : 'screen.later', { times: times() })}
      </div>
    </div>
  );
}
