import { For, Match, Switch } from 'solid-js';
import { splitLinks } from '../../../../shared/note-links';

/**
 * A note's words as text nodes, its web addresses as links built here: nothing a person typed
 * is ever parsed as HTML. Line breaks stay (white-space: pre-wrap in notes.css).
 */
export function NoteText(props: { text: string }) {
  return (
    <p class="note__text" data-testid="note-text">
      <For each={splitLinks(props.text)}>
        {(piece) => (
          <Switch>
            <Match when={piece.kind === 'link' && piece}>
              {(link) => (
                <a href={link().href} rel="noopener noreferrer nofollow" target="_blank">
                  {link().href}
                </a>
              )}
            </Match>
            <Match when={piece.kind === 'text' && piece}>{(text) => text().text}</Match>
          </Switch>
        )}
      </For>
    </p>
  );
}
