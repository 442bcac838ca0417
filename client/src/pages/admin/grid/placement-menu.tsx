import { createSignal, onCleanup, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Placement } from '../../../../../shared/schemas/placement';
import { t } from '../../../i18n';
import { useGrid } from './grid-state';
import { MoreIcon, MoveIcon, PinIcon, RemoveIcon } from './icons';

const MENU_WIDTH = 208;

/** The per-session menu: Move…, Pin or Unpin, Remove from grid. Arrow keys walk it. */
export function PlacementMenu(props: { placement: Placement; title: string }) {
  const ui = useGrid();
  const [at, setAt] = createSignal<{ top: number; left: number; width: number } | null>(null);
  let button: HTMLButtonElement | undefined;
  let menu: HTMLDivElement | undefined;

  const items = () => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  function open() {
    if (!button) return;
    const r = button.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8));
    const below = r.bottom + 4;
    // Near the bottom of the window the menu opens upwards.
    const top = below + 150 > window.innerHeight ? Math.max(8, r.top - 150) : below;
    setAt({ top, left, width: MENU_WIDTH });
    requestAnimationFrame(() => items()[0]?.focus());
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', dismiss, true);
    window.addEventListener('resize', dismiss);
  }

  function close(refocus: boolean) {
    setAt(null);
    window.removeEventListener('pointerdown', outside, true);
    window.removeEventListener('scroll', dismiss, true);
    window.removeEventListener('resize', dismiss);
    if (refocus) button?.focus();
  }
  const dismiss = () => close(false);
  const outside = (e: PointerEvent) => {
    const target = e.target as Node;
    if (!menu?.contains(target) && !button?.contains(target)) close(false);
  };
  onCleanup(() => close(false));

  function onKeyDown(e: KeyboardEvent) {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => list[(n + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  const togglePin = () => {
    close(false);
    void ui.session.grid.setPinned(props.placement.proposalId, !props.placement.pinned);
  };
  const remove = () => {
    close(false);
    void ui.dropOn(props.placement.proposalId, { kind: 'list' });
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        class="icon-button session-card__menu"
        aria-label={t('grid.menu', { title: props.title })}
        aria-haspopup="menu"
        aria-expanded={at() !== null}
        data-testid="placement-menu"
        onPointerDown={(e) => e.stopPropagation()}
        onClick={() => (at() ? close(false) : open())}
      >
        <MoreIcon />
      </button>
      <Show when={at()}>
        {(pos) => (
          <Portal>
            <div
              ref={menu}
              class="menu"
              role="menu"
              aria-label={t('grid.menu', { title: props.title })}
              // All three through the CSSOM: Solid compiles a constant into the template's HTML
              // as a style attribute, which the Content-Security-Policy refuses.
              style={{ top: `${pos().top}px`, left: `${pos().left}px`, width: `${pos().width}px` }}
              onKeyDown={onKeyDown}
              data-testid="placement-menu-list"
            >
              <button
                type="button"
                role="menuitem"
                class="menu__item"
                tabIndex={-1}
                onClick={(e) => {
                  close(false);
                  ui.select(props.placement.proposalId, e.detail === 0);
                }}
              >
                <MoveIcon />
                {t('grid.move')}
              </button>
              <button
                type="button"
                role="menuitem"
                class="menu__item"
                tabIndex={-1}
                data-testid="menu-pin"
                onClick={togglePin}
              >
                <PinIcon />
                {props.placement.pinned ? t('grid.unpin') : t('grid.pin')}
              </button>
              <button
                type="button"
                role="menuitem"
                class="menu__item menu__item--danger"
                tabIndex={-1}
                data-testid="menu-remove"
                onClick={remove}
              >
                <RemoveIcon />
                {t('grid.remove')}
              </button>
            </div>
          </Portal>
        )}
      </Show>
    </>
  );
}
