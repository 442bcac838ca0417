import {
  children,
  createEffect,
  createUniqueId,
  on,
  onCleanup,
  onMount,
  Show,
  type JSX,
} from 'solid-js';
import { Portal } from 'solid-js/web';
import { t } from '../../../i18n';
import '../../../styles/schedule.css';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it, makes the page
 * behind inert and restores focus on close. Mount it to open it; Escape asks `onClose`.
 */
export function Dialog(props: {
  title: string;
  /** One line under the title; also the dialog's accessible description. */
  lead?: string;
  onClose: () => void;
  children: JSX.Element;
  footer?: JSX.Element;
  wide?: boolean;
  /** When this changes (a new step), focus moves to the new step's [data-autofocus]. */
  focusKey?: string;
  testId?: string;
}) {
  const titleId = createUniqueId();
  const leadId = createUniqueId();
  let dialog: HTMLDialogElement | undefined;
  // Resolved once: reading `props.footer` twice would build the buttons twice.
  const footer = children(() => props.footer);

  // Without a preferred element the browser's choice stands: the first control.
  const focusPreferred = () => dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();

  onMount(() => {
    dialog?.showModal();
    focusPreferred();
  });
  createEffect(
    on(
      () => props.focusKey,
      () => queueMicrotask(focusPreferred),
      { defer: true },
    ),
  );
  // Solid may take the <dialog> out of the page before it is closed, and then the browser does
  // not give focus back: hand it back to the control that opened it, if nothing else took it.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  onCleanup(() => {
    dialog?.close();
    queueMicrotask(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    });
  });

  return (
    <Portal>
      <dialog
        ref={dialog}
        class="dialog"
        classList={{ 'dialog--wide': props.wide }}
        aria-labelledby={titleId}
        aria-describedby={props.lead ? leadId : undefined}
        data-testid={props.testId}
        // The page's own shortcuts (Ctrl+Z on the grid) must not act behind a modal. A native
        // listener, so it runs before the document's; the dialog has no delegated key handlers.
        on:keydown={(e) => e.stopPropagation()}
        onCancel={(e) => {
          // Escape: the owner decides (it unmounts us), so state and DOM stay in step.
          e.preventDefault();
          props.onClose();
        }}
      >
        <div class="dialog__head">
          <div class="dialog__heading">
            <h2 id={titleId} class="dialog__title">
              {props.title}
            </h2>
            <Show when={props.lead}>
              <p id={leadId} class="dialog__lead">
                {props.lead}
              </p>
            </Show>
          </div>
          <button
            type="button"
            class="dialog__close"
            aria-label={t('schedule.close')}
            onClick={() => props.onClose()}
          >
            ×
          </button>
        </div>
        <div class="dialog__body">{props.children}</div>
        <Show when={footer()}>
          <div class="dialog__foot">{footer()}</div>
        </Show>
      </dialog>
    </Portal>
  );
}
