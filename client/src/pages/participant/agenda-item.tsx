import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import type { StarState } from './agenda-model';
import { StarToggle } from './star-toggle';

/** "You voted": a dot and words, so it never relies on colour alone. */
export function VotedMark() {
  return (
    <span class="voted-mark" data-testid="voted-mark">
      <span class="dot dot--small" aria-hidden="true" />
      {t('agendaView.youVoted')}
    </span>
  );
}

/** One session on the phone's agenda: where (or when), what, who, and whether I voted on it. */
export function AgendaItem(props: {
  proposal: Proposal;
  /** The room in a list by time, the time in a list by room. */
  place?: string;
  voted: boolean;
  fresh: boolean;
  star?: StarState | null;
  /** The session's notes page, for everyone in the room to take notes together. */
  notesHref?: string | null;
  testId?: string;
}) {
  return (
    <li
      class="agenda-item"
      classList={{
        'agenda-item--voted': props.voted,
        'is-fresh': props.fresh,
        'has-star': !!props.star,
      }}
      data-testid={props.testId ?? 'agenda-item'}
      data-proposal-id={props.proposal.id}
      data-voted={props.voted}
    >
      <Show when={props.place || props.voted}>
        <div class="agenda-item__top">
          <Show when={props.place}>
            <span class="agenda-item__place">{props.place}</span>
          </Show>
          <Show when={props.voted}>
            <VotedMark />
          </Show>
        </div>
      </Show>
      <p class="agenda-item__title">{props.proposal.title}</p>
      <Show when={props.proposal.hosts.length > 0}>
        <p class="agenda-item__hosts">{props.proposal.hosts.join(', ')}</p>
      </Show>
      <Show when={props.notesHref}>
        {(href) => (
          <A
            class="agenda-item__notes"
            href={href()}
            aria-label={t('agendaView.notesLabel', { title: props.proposal.title })}
            data-testid="agenda-notes-link"
          >
            {t('agendaView.notes')}
          </A>
        )}
      </Show>
      <Show when={props.star}>
        {(star) => (
          <StarToggle
            title={props.proposal.title}
            starred={star().on}
            onToggle={() => star().toggle()}
          />
        )}
      </Show>
    </li>
  );
}
