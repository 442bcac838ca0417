import { createMemo, Show } from 'solid-js';
import { fitWords } from '../../../../shared/projector/word-fit';
import type { Proposal } from '../../../../shared/schemas/proposal';
import type { Room } from '../../../../shared/schemas/room';
import type { Slot } from '../../../../shared/schemas/slot';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { createFlash } from './flash';
import { cellText, type GridPlan, type PlannedRow } from './grid-plan';
import type { GridView } from './grid-view';
import { Unbroken, WholeWords } from './whole-words';

/** A room's name over its column, on at most two lines, never broken inside a word. */
export function RoomName(props: { room: Room; view: GridView; plan: GridPlan }) {
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

/** One session on the wall, its title and hosts cut to what its row has room for. */
export function ScreenCell(props: {
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
