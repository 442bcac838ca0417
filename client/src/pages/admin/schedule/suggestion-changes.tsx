import { createMemo, For, Show } from 'solid-js';
import type { Suggestion } from '../../../../../shared/schemas/schedule';
import { t, type MessageKey } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import type { EventState } from '../../../stores/event-store';
import { cellLabel, cellOrder } from './cell-label';

type Change = Suggestion['changes'][number];
type Cell = NonNullable<Change['before']>;

export interface ChangeGroups {
  added: Change[];
  moved: Change[];
  removed: Change[];
  unchanged: number;
}

/** The suggestion's changes as the facilitator reads them, each group in grid order. */
export function groupChanges(state: EventState, suggestion: Suggestion): ChangeGroups {
  const byCell = (cell: (c: Change) => Cell | null) => (a: Change, b: Change) =>
    cellOrder(state, cell(a)!).localeCompare(cellOrder(state, cell(b)!));
  const added = suggestion.changes.filter((c) => !c.before && c.after);
  const moved = suggestion.changes.filter((c) => c.before && c.after);
  const removed = suggestion.changes.filter((c) => c.before && !c.after);
  added.sort(byCell((c) => c.after));
  moved.sort(byCell((c) => c.after));
  removed.sort(byCell((c) => c.before));
  return {
    added,
    moved,
    removed,
    unchanged: suggestion.placements.length - added.length - moved.length,
  };
}

function ChangeList(props: {
  title: MessageKey;
  changes: Change[];
  kind: 'added' | 'moved' | 'removed';
}) {
  const session = useAdminSession();
  const titleOf = (id: string) =>
    session.state.proposals.find((p) => p.id === id)?.title ?? t('schedule.goneSession');
  const dotsOf = (id: string) => session.state.proposals.find((p) => p.id === id)?.dots ?? 0;
  const where = (cell: Cell | null) => (cell ? cellLabel(session.state, cell) : '');
  return (
    <Show when={props.changes.length > 0}>
      <section class="changes" data-testid={`changes-${props.kind}`}>
        <h3 class="changes__title">{t(props.title, { count: props.changes.length })}</h3>
        <ul class="changes__list" role="list">
          <For each={props.changes}>
            {(change) => (
              <li class={`change change--${props.kind}`} data-testid="change">
                <span class="change__name">
                  <span class="change__title">{titleOf(change.proposalId)}</span>
                  <span class="change__dots">
                    <span class="dot dot--small" aria-hidden="true" />
                    {t('tally.dots', { count: dotsOf(change.proposalId) })}
                  </span>
                </span>
                <span class="change__where">
                  <Show when={props.kind === 'added'}>
                    <span class="visually-hidden">{t('schedule.to')} </span>
                    <span class="change__cell change__cell--to">{where(change.after)}</span>
                  </Show>
                  <Show when={props.kind === 'moved'}>
                    <span class="visually-hidden">{t('schedule.from')} </span>
                    <span class="change__cell change__cell--from">{where(change.before)}</span>
                    <span class="change__arrow" aria-hidden="true">
                      →
                    </span>
                    <span class="visually-hidden"> {t('schedule.to')} </span>
                    <span class="change__cell change__cell--to">{where(change.after)}</span>
                  </Show>
                  <Show when={props.kind === 'removed'}>
                    <span class="visually-hidden">{t('schedule.from')} </span>
                    <span class="change__cell change__cell--from">{where(change.before)}</span>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

/** "New on the grid", "Moved", "Taken off the grid", and how many stay where they are. */
export function SuggestionChanges(props: { suggestion: Suggestion }) {
  const session = useAdminSession();
  const groups = createMemo(() => groupChanges(session.state, props.suggestion));
  return (
    <div class="stack">
      <p class="changes__summary" data-testid="changes-summary">
        {[
          t('schedule.countAdded', { count: groups().added.length }),
          t('schedule.countMoved', { count: groups().moved.length }),
          t('schedule.countRemoved', { count: groups().removed.length }),
          t('schedule.unchanged', { count: groups().unchanged }),
        ].join(' · ')}
      </p>
      <Show
        when={props.suggestion.changes.length > 0}
        fallback={<p class="empty-state">{t('schedule.noChanges')}</p>}
      >
        <ChangeList title="schedule.added" changes={groups().added} kind="added" />
        <ChangeList title="schedule.moved" changes={groups().moved} kind="moved" />
        <ChangeList title="schedule.removed" changes={groups().removed} kind="removed" />
      </Show>
    </div>
  );
}
