import { For, Show } from 'solid-js';

/** A word with a hyphen, dash or slash inside, where a browser may otherwise break the line. */
const BREAKABLE = /(\S*\S[-‐–—/]\S+)/u;

/**
 * Text that wraps at spaces only, as the projector's layout plan assumes: "C#-utvecklare"
 * and "CI/CD" stay on one line. The text itself is unchanged.
 */
export function WholeWords(props: { text: string }) {
  const parts = () => props.text.split(BREAKABLE);
  return (
    <For each={parts()}>
      {(part, i) => (
        <Show when={i() % 2 === 1} fallback={part}>
          <span class="nobreak">{part}</span>
        </Show>
      )}
    </For>
  );
}

/** Pieces that each stay on one line, a space between them: host names ("Ella Persson,"). */
export function Unbroken(props: { pieces: readonly string[] }) {
  return (
    <For each={props.pieces}>
      {(piece, i) => (
        <>
          {i() > 0 ? ' ' : ''}
          <span class="nobreak">{piece}</span>
        </>
      )}
    </For>
  );
}
