import { createMemo, createUniqueId, Show } from 'solid-js';
import type { Placement } from '../../../../../shared/schemas/placement';
import type { Room } from '../../../../../shared/schemas/room';
import type { Slot } from '../../../../../shared/schemas/slot';
import { t } from '../../../i18n';
import { cellKey, useGrid } from './grid-state';
import { CheckIcon } from './icons';
import { PlacementMenu } from './placement-menu';
import { DotCount, Hosts, PinnedTag, StarCount, WarningBadges } from './session-bits';

/** A session on the grid: drag it, select it to move it, or use its menu. */
function PlacedCard(props: { placement: Placement; capacity: number }) {
  const ui = useGrid();
  const id = () => props.placement.proposalId;
  const proposal = () => ui.proposal(id());
  const selected = () => ui.selected() === id();
  return (
    <Show when={proposal()}>
      {(p) => (
        <div
          class="session-card session-card--placed"
          classList={{
            'is-dragging': ui.isDragging(id()),
            'is-selected': selected(),
            'is-pinned': props.placement.pinned,
          }}
          data-testid="placed-card"
          data-proposal-id={id()}
          onPointerDown={(e) => ui.pointerDown(e, { proposalId: id(), from: 'grid' })}
        >
          <button
            type="button"
            class="session-card__main"
            aria-pressed={selected()}
            aria-describedby="grid-card-hint"
            data-testid="placed-select"
            onClick={(e) => ui.select(selected() ? null : id(), e.detail === 0)}
          >
            <Show when={props.placement.pinned}>
              <PinnedTag />
            </Show>
            <span class="session-card__title">{p().title}</span>
            <Hosts proposal={p()} />
          </button>
          <WarningBadges warnings={ui.warningsFor(id())} forId={id()} limit={2} />
          <div class="session-card__foot">
            <DotCount proposal={p()} />
            <StarCount stars={ui.starsOf(id())} capacity={props.capacity} />
            <Show when={p().hidden}>
              <span class="tag tag--hidden">{t('card.hidden')}</span>
            </Show>
            <PlacementMenu placement={props.placement} title={p().title} />
          </div>
        </div>
      )}
    </Show>
  );
}

/** What a drop here would cause, shown on the cell before the drop. */
function DropPreview(props: { roomId: string; slotId: string }) {
  const ui = useGrid();
  const here = () => {
    const p = ui.preview();
    return p && p.roomId === props.roomId && p.slotId === props.slotId ? p : null;
  };
  return (
    <Show when={here()}>
      {(p) => (
        <div class="drop-preview" data-testid="drop-preview">
          <Show
            when={p().warnings.length > 0}
            fallback={
              <span class="drop-preview__ok">
                <CheckIcon />
                {t('grid.previewOk')}
              </span>
            }
          >
            <span class="drop-preview__title">{t('grid.previewTitle')}</span>
            <WarningBadges warnings={p().warnings} forId={p().proposalId} preview />
          </Show>
        </div>
      )}
    </Show>
  );
}

/** One room in one session slot: a drop target, and a button while a session is selected. */
export function GridCell(props: { room: Room; slot: Slot; row: number; col: number }) {
  const ui = useGrid();
  const occupant = createMemo(() => ui.occupant(props.room.id, props.slot.id));
  const target = () => ({ kind: 'cell' as const, roomId: props.room.id, slotId: props.slot.id });
  const mine = () => occupant()?.proposalId === ui.moving();
  const key = () => cellKey(props.room.id, props.slot.id);
  const over = () => ui.isOver(key());
  const aimed = () => ui.isAimed(key());
  const where = () => ui.whereText(props.room.id, props.slot.id);
  const previewId = createUniqueId();
  const occupantTitle = () => ui.titleOf(occupant()?.proposalId ?? '');
  const warned = () => {
    const o = occupant();
    return !!o && ui.warningsFor(o.proposalId).length > 0;
  };

  return (
    <div
      role="cell"
      class="grid-cell"
      classList={{
        'grid-cell--empty': !occupant(),
        'grid-cell--warned': warned(),
        'grid-cell--over': (over() || aimed()) && !mine(),
        'grid-cell--source': mine(),
      }}
      data-testid="grid-cell"
      data-drop="cell"
      data-room-id={props.room.id}
      data-slot-id={props.slot.id}
      data-proposal-id={occupant()?.proposalId}
      onPointerEnter={() => ui.selected() && ui.aim(target())}
      onPointerLeave={() => aimed() && ui.aim(null)}
    >
      <Show
        when={occupant()}
        fallback={<span class="visually-hidden">{t('grid.emptyCell', { where: where() })}</span>}
      >
        {(o) => <PlacedCard placement={o()} capacity={props.room.capacity} />}
      </Show>
      <Show when={ui.selected() && !mine()}>
        <button
          type="button"
          class="grid-cell__pick"
          data-testid="cell-pick"
          data-empty={occupant() ? 'false' : 'true'}
          data-row={props.row}
          data-col={props.col}
          aria-label={
            occupant()
              ? t('grid.swapHereLabel', { title: occupantTitle(), where: where() })
              : t('grid.placeHereLabel', { where: where() })
          }
          aria-describedby={aimed() ? previewId : undefined}
          onFocus={() => ui.aim(target())}
          onBlur={() => aimed() && ui.aim(null)}
          onClick={() => void ui.pick(target())}
        />
      </Show>
      <Show when={((ui.dragged() && over()) || ui.selected()) && !mine()}>
        <div class="grid-cell__overlay" id={previewId} aria-hidden="true">
          <span class="grid-cell__action">
            {occupant()
              ? t('grid.swapWith', { title: occupantTitle() })
              : ui.dragged()
                ? t('grid.dropHere')
                : t('grid.placeHere')}
          </span>
          <DropPreview roomId={props.room.id} slotId={props.slot.id} />
        </div>
      </Show>
    </div>
  );
}
