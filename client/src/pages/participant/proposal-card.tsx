import { createSignal, For, Show, type JSX } from 'solid-js';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { Tally } from './tally';

/** Long descriptions fold so the list stays scannable on a phone. */
const FOLD_AT = 220;

export function ProposalCard(props: {
  proposal: Proposal;
  showTally: boolean;
  mine?: boolean;
  /** A small action in the card's top row, e.g. "Edit" on my own pitch. */
  corner?: JSX.Element;
  children?: JSX.Element;
}) {
  const [expanded, setExpanded] = createSignal(false);
  const long = () => props.proposal.description.length > FOLD_AT;
  return (
    <article
      class="proposal-card"
      classList={{ 'proposal-card--hidden': props.proposal.hidden }}
      data-testid="proposal-card"
      data-proposal-id={props.proposal.id}
    >
      <div class="proposal-card__meta">
        <span class={`format-badge format-badge--${props.proposal.format}`}>
          {t(`format.${props.proposal.format}`)}
        </span>
        <Show when={props.mine}>
          <span class="tag tag--mine">{t('card.mine')}</span>
        </Show>
        <Show when={props.proposal.hidden}>
          <span class="tag tag--hidden">{t('card.hidden')}</span>
        </Show>
        <Show when={props.corner}>
          <span class="proposal-card__corner">{props.corner}</span>
        </Show>
      </div>
      <h3 class="proposal-card__title">{props.proposal.title}</h3>
      <Show when={props.proposal.hosts.length > 0}>
        <p class="proposal-card__hosts">
          {t('card.hostedBy')}{' '}
          <For each={props.proposal.hosts}>
            {(host, i) => (
              <>
                <Show when={i() > 0}>, </Show>
                <span class="proposal-card__host">{host}</span>
              </>
            )}
          </For>
        </p>
      </Show>
      <Show when={props.proposal.description}>
        <p
          class="proposal-card__description"
          classList={{ 'proposal-card__description--folded': long() && !expanded() }}
        >
          {props.proposal.description}
        </p>
        <Show when={long()}>
          <button
            type="button"
            class="link-button"
            aria-expanded={expanded()}
            onClick={() => setExpanded((v) => !v)}
          >
            {expanded() ? t('card.less') : t('card.more')}
          </button>
        </Show>
      </Show>
      <div class="proposal-card__footer">
        <Tally dots={props.proposal.dots} voters={props.proposal.voters} show={props.showTally} />
        <div class="proposal-card__actions">{props.children}</div>
      </div>
    </article>
  );
}
