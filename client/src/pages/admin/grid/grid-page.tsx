import { A } from '@solidjs/router';
import { onCleanup, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { createGridUi, focusCard, GridProvider, useGrid } from './grid-state';
import { ScheduleTools } from '../schedule/schedule-tools';
import { AdminTabs } from './admin-tabs';
import { GridActions } from './action-bar';
import { ScheduleGrid } from './schedule-grid';
import { Hosts } from './session-bits';
import { UnplacedList } from './unplaced-list';
import '../../../styles/grid.css';

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The card that follows the pointer while dragging. */
function DragGhost() {
  const ui = useGrid();
  return (
    <Show when={ui.drag()}>
      {(d) => (
        <Portal>
          <div
            class="drag-ghost"
            style={{ transform: `translate(${d().x + 14}px, ${d().y + 16}px)` }}
            aria-hidden="true"
          >
            <Show when={ui.proposal(d().source.proposalId)}>
              {(p) => (
                <>
                  <span class="session-card__title">{p().title}</span>
                  <Hosts proposal={p()} />
                </>
              )}
            </Show>
          </div>
        </Portal>
      )}
    </Show>
  );
}

/** Shown instead of the grid until the event has rooms and session slots. */
function SetupFirst() {
  const session = useAdminSession();
  return (
    <div class="grid-setup-first empty-state" data-testid="grid-setup-first">
      <p>{t('grid.setupFirst')}</p>
      <A href={`/admin/${encodeURIComponent(session.eventId)}`} class="button button--secondary">
        {t('grid.toSetup')}
      </A>
    </div>
  );
}

/** `/admin/:eventId/grid`: the facilitator's schedule grid. */
export function GridPage() {
  const session = useAdminSession();
  const ui = createGridUi(session);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ui.selected()) {
      const id = ui.selected()!;
      ui.select(null);
      focusCard(id);
      return;
    }
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.altKey || typing(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      const redo = key === 'y' || e.shiftKey;
      if (redo && session.adminView.canRedo) void ui.redo();
      if (!redo && session.adminView.canUndo) void ui.undo();
    }
  };
  document.addEventListener('keydown', onKeyDown);
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));

  const ready = () =>
    session.state.rooms.length > 0 && session.state.slots.some((s) => s.kind === 'session');

  return (
    <GridProvider value={ui}>
      <main
        class="grid-page"
        classList={{ 'grid-page--dragging': !!ui.dragged(), 'grid-page--picking': !!ui.selected() }}
        data-testid="grid-page"
      >
        <h2 class="visually-hidden">{t('grid.tabGrid')}</h2>
        <AdminTabs />
        {/* The scheduling tools (score, "Not in parallel", "Suggest schedule") from
            pages/admin/schedule mount here; they read the session themselves. */}
        <div class="grid-page__tools" data-slot="schedule-tools">
          <ScheduleTools />
        </div>
        <Show when={ready()} fallback={<SetupFirst />}>
          <GridActions />
          <UnplacedList />
          <ScheduleGrid />
        </Show>
        <p id="grid-card-hint" class="visually-hidden">
          {t('grid.cardHint')}
        </p>
        <div class="visually-hidden" aria-live="polite" data-testid="grid-announcer">
          {ui.announcement()}
        </div>
        <DragGhost />
      </main>
    </GridProvider>
  );
}
