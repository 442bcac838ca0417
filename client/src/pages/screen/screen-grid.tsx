import { createEffect, createMemo, For, Show } from 'solid-js';
import { cellKey, indexAgenda, type AgendaIndex } from '../../../../shared/agenda';
import type { Proposal } from '../../../../shared/schemas/proposal';
import type { Room } from '../../../../shared/schemas/room';
import type { Slot } from '../../../../shared/schemas/slot';
import { formatTime, formatTimeRange } from '../../i18n/format';
import { t } from '../../i18n';
import {
  nowAndNext,
  slotsOfScreenDay,
  slotTense,
  type SlotTense,
} from '../../../../shared/now-next';
import { useSession } from '../../session/session-context';
import { createTitleFitter } from './fit-titles';
import { createFlash, createSettled } from './flash';

/** Breaks and plenaries are one line of text: half a session row is plenty. */
const rowTrack = (slot: Slot) =>
  slot.kind === 'session' ? 'minmax(0, 1fr)' : 'minmax(4.8vh, 0.36fr)';

/**
 * The published grid on the wall: rooms across, time slots down, filling the screen without
 * scrolling. The running slot says "Now", the one after it "Next", and past slots fade.
 */
export function ScreenGrid(props: { now: number }) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const marks = () => session.state.event?.phase === 'live';
  /** The event's language, for what people typed: hyphenation and screen readers use it. */
  const lang = () => session.state.event?.language;
  const slots = createMemo(() => slotsOfScreenDay(session.state.slots, props.now, tz()));
  const index = createMemo(() => indexAgenda(session.state));
  const nn = createMemo(() => nowAndNext(slots(), props.now));
  const armed = createSettled(() => index().size > 0);
  const tense = (slot: Slot): SlotTense => {
    const value = slotTense(slot, props.now, nn());
    return marks() || value === 'past' ? value : 'later';
  };
  // Anything that changes how much text the cells hold, for the type fitter.
  const contentKey = createMemo(() =>
    [
      session.state.rooms.map((r) => r.name).join('\u0000'),
      slots()
        .map((s) => `${s.id}:${s.kind}`)
        .join(','),
      [...index().entries()].map(([k, p]) => `${k}=${p.title}/${p.hosts.join()}`).join('\u0000'),
    ].join('\u0001'),
  );

  let grid: HTMLDivElement | undefined;
  const fitter = createTitleFitter(() => grid);
  const attach = (el: HTMLDivElement) => {
    grid = el;
    fitter.observe(el);
  };
  createEffect(() => {
    contentKey();
    fitter.schedule();
  });

  return (
    <Show
      when={session.state.rooms.length > 0 && slots().length > 0}
      fallback={<p class="screen-grid-empty">{t('screen.noGrid')}</p>}
    >
      <div
        ref={attach}
        class="screen-grid"
        role="table"
        aria-label={t('screen.gridLabel')}
        data-testid="screen-grid"
        style={{
          '--cols': session.state.rooms.length,
          'grid-template-rows': `auto ${slots().map(rowTrack).join(' ')}`,
        }}
      >
        <div class="screen-grid__row screen-grid__row--head" role="row">
          <div class="screen-grid__corner" role="columnheader">
            <span class="visually-hidden">{t('screen.time')}</span>
          </div>
          <For each={session.state.rooms}>
            {(room) => (
              <div class="screen-grid__room" role="columnheader">
                <span class="screen-grid__room-name" lang={lang()} data-full={room.name}>
                  {room.name}
                </span>
              </div>
            )}
          </For>
        </div>
        <For each={slots()}>
          {(slot) => (
            <ScreenRow
              slot={slot}
              tense={tense(slot)}
              rooms={session.state.rooms}
              index={index()}
              timeZone={tz()}
              armed={armed()}
            />
          )}
        </For>
      </div>
    </Show>
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
  slot: Slot;
  tense: SlotTense;
  rooms: Room[];
  index: AgendaIndex;
  timeZone: string;
  armed: boolean;
}) {
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
    >
      <Show
        when={props.slot.kind === 'session'}
        fallback={
          <>
            <div class="screen-grid__time" role="rowheader">
              <span class="screen-grid__start">
                {formatTime(props.slot.startsAt, props.timeZone)}
              </span>
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
                {formatTimeRange(props.slot.startsAt, props.slot.endsAt, props.timeZone)}
              </span>
            </div>
          </>
        }
      >
        <div class="screen-grid__time" role="rowheader">
          <TenseTag tense={props.tense} />
          <span class="screen-grid__start">{formatTime(props.slot.startsAt, props.timeZone)}</span>
          <span class="screen-grid__end">{formatTime(props.slot.endsAt, props.timeZone)}</span>
        </div>
        <For each={props.rooms}>
          {(room) => (
            <ScreenCell
              proposal={props.index.get(cellKey(props.slot.id, room.id)) ?? null}
              room={room}
              slot={props.slot}
              armed={props.armed}
            />
          )}
        </For>
      </Show>
    </div>
  );
}

function ScreenCell(props: { proposal: Proposal | null; room: Room; slot: Slot; armed: boolean }) {
  const session = useSession();
  const fresh = createFlash(
    () => {
      const p = props.proposal;
      return p ? `${p.id}|${p.title}|${p.hosts.join()}` : '';
    },
    () => props.armed,
  );
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
            {proposal().title}
          </p>
          <Show when={proposal().hosts.length > 0}>
            <p class="screen-cell__hosts">{proposal().hosts.join(', ')}</p>
          </Show>
        </div>
      )}
    </Show>
  );
}
