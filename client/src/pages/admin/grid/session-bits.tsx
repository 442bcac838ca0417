import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import { t } from '../../../i18n';
import { PinIcon, WarningIcon } from './icons';
import type { Warning } from './warnings';
import { useGrid } from './grid-state';
import { warningKey } from './warnings';

/** A session's hosts on one line, or a quiet note that it has none. */
export function Hosts(props: { proposal: Proposal }) {
  return (
    <span class="session-card__hosts" classList={{ 'is-empty': props.proposal.hosts.length === 0 }}>
      {props.proposal.hosts.length > 0 ? props.proposal.hosts.join(', ') : t('grid.noHost')}
    </span>
  );
}

/** Dots as a yellow dot and a number; the full sentence for screen readers and on hover. */
export function DotCount(props: { proposal: Proposal }) {
  const text = () =>
    `${t('tally.dots', { count: props.proposal.dots ?? 0 })} ${t('tally.voters', {
      count: props.proposal.voters ?? 0,
    })}`;
  return (
    <Show when={props.proposal.dots !== null}>
      <span class="dot-count" title={text()} data-testid="dot-count">
        <span class="dot dot--small" aria-hidden="true" />
        <span aria-hidden="true">{props.proposal.dots}</span>
        <span class="visually-hidden">{text()}</span>
      </span>
    </Show>
  );
}

/** Expected attendance next to the room's seats: "★ 31/20", in words for screen readers. */
export function StarCount(props: { stars: number; capacity: number }) {
  const text = () => t('grid.starsSeats', { stars: props.stars, count: props.capacity });
  return (
    <Show when={props.stars > 0}>
      <span
        class="star-count"
        classList={{ 'is-over': props.stars > props.capacity }}
        title={text()}
        data-testid="star-count"
      >
        <span aria-hidden="true">★ {`${props.stars}/${props.capacity}`}</span>
        <span class="visually-hidden">{text()}</span>
      </span>
    </Show>
  );
}

export function PinnedTag() {
  return (
    <span class="pin-tag" data-testid="pinned">
      <PinIcon />
      {t('grid.pinned')}
    </span>
  );
}

const RANK: Record<Warning['kind'], number> = {
  host_clash: 0,
  stars_over_capacity: 1,
  over_capacity: 2,
  shared_voters: 3,
};
const byWeight = (a: Warning, b: Warning) =>
  RANK[a.kind] - RANK[b.kind] ||
  (b.kind === 'shared_voters' ? b.count : 0) - (a.kind === 'shared_voters' ? a.count : 0);

/** Warnings as words, never colour alone; past `limit`, the rest fold behind "+N more". */
export function WarningBadges(props: {
  warnings: readonly Warning[];
  forId: string;
  preview?: boolean;
  limit?: number;
}) {
  const ui = useGrid();
  const [all, setAll] = createSignal(false);
  const sorted = createMemo(() => [...props.warnings].sort(byWeight));
  const hidden = () => (props.limit && !all() ? Math.max(0, sorted().length - props.limit) : 0);
  const shown = () => (hidden() > 0 ? sorted().slice(0, props.limit) : sorted());
  return (
    <Show when={props.warnings.length > 0}>
      <ul class="warn-list" role="list">
        <For each={shown()}>
          {(w) => (
            <li
              class="warn-badge"
              classList={{ 'warn-badge--preview': props.preview }}
              data-testid={props.preview ? 'preview-warning' : 'warning-badge'}
              data-kind={w.kind}
              data-key={warningKey(w)}
              title={ui.textOf(w, props.forId)}
            >
              <WarningIcon />
              <span class="warn-badge__text">{ui.textOf(w, props.forId)}</span>
            </li>
          )}
        </For>
        <Show when={hidden() > 0 || all()}>
          <li>
            <button
              type="button"
              class="warn-more"
              aria-expanded={all()}
              onPointerDown={(e) => e.stopPropagation()}
              onClick={() => setAll((v) => !v)}
            >
              {all() ? t('grid.fewerWarnings') : t('grid.moreWarnings', { count: hidden() })}
            </button>
          </li>
        </Show>
      </ul>
    </Show>
  );
}
