import { createSignal, For, onCleanup, Show } from 'solid-js';
import { t } from '../../../i18n';
import { focusCard, useGrid } from './grid-state';
import { CheckIcon, RedoIcon, UndoIcon, WarningIcon } from './icons';
import { PublishControl } from './publish-control';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const shortcut = (key: string, shift = false) =>
  isMac() ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;

/** Every warning on the grid, where it is, and a way to jump there. */
function WarningSummary() {
  const ui = useGrid();
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;
  const outside = (e: PointerEvent) => {
    if (!root?.contains(e.target as Node)) setOpen(false);
  };
  window.addEventListener('pointerdown', outside, true);
  onCleanup(() => window.removeEventListener('pointerdown', outside, true));

  /** A warning concerns one or two sessions; its entry names the first and leads to its cell. */
  const entries = () =>
    ui.warnings().map((w) => {
      const first = w.proposalIds[0];
      const at = ui.placementOf(first);
      return {
        text: ui.textOf(w, first),
        title: ui.titleOf(first),
        where: at ? ui.whereText(at.roomId, at.slotId) : '',
        proposalId: first,
      };
    });

  function reveal(proposalId: string) {
    setOpen(false);
    const card = document.querySelector<HTMLElement>(
      `[data-testid="placed-card"][data-proposal-id="${CSS.escape(proposalId)}"]`,
    );
    card?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
    card?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  return (
    <div class="warn-summary" ref={root}>
      <Show
        when={ui.warnings().length > 0}
        fallback={
          <span class="warn-summary__none" data-testid="warning-count" data-count="0">
            <CheckIcon />
            {t('grid.noWarnings')}
          </span>
        }
      >
        <button
          type="button"
          class="warn-summary__button"
          aria-expanded={open()}
          aria-controls="warn-summary-list"
          data-testid="warning-count"
          data-count={ui.warnings().length}
          onClick={() => setOpen((v) => !v)}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <WarningIcon />
          {t('grid.warnings', { count: ui.warnings().length })}
        </button>
        <Show when={open()}>
          <div
            class="warn-summary__panel"
            id="warn-summary-list"
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              setOpen(false);
              root?.querySelector<HTMLElement>('.warn-summary__button')?.focus();
            }}
          >
            <p class="warn-summary__heading">{t('grid.warningsTitle')}</p>
            <ul class="warn-summary__list" role="list">
              <For each={entries()}>
                {(entry) => (
                  <li>
                    <button
                      type="button"
                      class="warn-summary__item"
                      onClick={() => reveal(entry.proposalId)}
                    >
                      <span class="warn-summary__text">{entry.text}</span>
                      <span class="warn-summary__where">
                        {entry.title} · {entry.where}
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
      </Show>
    </div>
  );
}

/**
 * Right above the grid: undo, redo, the warnings, and who can see the grid with the way to
 * publish it; while a session is selected, what to do next instead.
 */
export function GridActions() {
  const ui = useGrid();
  const session = ui.session;

  return (
    <Show when={!ui.selected()} fallback={<SelectionBar />}>
      <div class="grid-actions">
        <button
          type="button"
          class="button button--ghost button--small"
          disabled={!session.adminView.canUndo}
          onClick={() => void ui.undo()}
          title={t('grid.shortcut', { keys: shortcut('Z') })}
          aria-keyshortcuts="Control+Z Meta+Z"
          data-testid="grid-undo"
        >
          <UndoIcon />
          {t('grid.undo')}
        </button>
        <button
          type="button"
          class="button button--ghost button--small"
          disabled={!session.adminView.canRedo}
          onClick={() => void ui.redo()}
          title={t('grid.shortcut', { keys: shortcut('Z', true) })}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          data-testid="grid-redo"
        >
          <RedoIcon />
          {t('grid.redo')}
        </button>
        <WarningSummary />
        <PublishControl />
      </div>
    </Show>
  );
}

/** "Placing …: choose a cell", with a way out. */
function SelectionBar() {
  const ui = useGrid();
  const cancel = () => {
    const id = ui.selected();
    ui.select(null);
    if (id) focusCard(id);
  };
  return (
    <Show when={ui.selected()}>
      {(id) => (
        <div class="selection-bar" role="status" data-testid="selection-bar">
          <span class="selection-bar__text">
            {ui.placementOf(id())
              ? t('grid.moving', { title: ui.titleOf(id()) })
              : t('grid.placing', { title: ui.titleOf(id()) })}
          </span>
          <button type="button" class="button button--ghost button--small" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </Show>
  );
}
