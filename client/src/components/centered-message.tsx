import { Show, type JSX } from 'solid-js';

/** A page-level notice: loading, not found, no access. */
export function CenteredMessage(props: { title: string; body?: string; children?: JSX.Element }) {
  return (
    <div class="centered-message">
      <h2 class="centered-message__title">{props.title}</h2>
      <Show when={props.body}>
        <p class="centered-message__body">{props.body}</p>
      </Show>
      {props.children}
    </div>
  );
}
