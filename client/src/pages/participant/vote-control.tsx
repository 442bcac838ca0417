import { createEffect, createSignal, For, Show } from 'solid-js';
import { canVote } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { range } from '../../lib/range';
import { useSession } from '../../session/session-context';
import '../../styles/vote-hint.css';

/** Past this many, a row of dots gets too wide for a phone: show the number. */
const MAX_DRAWN = 5;

type Blocked = 'budget' | 'cap';

/**
 * − and + for my dots on one proposal. A + that cannot act stays tappable: a tooltip never
 * shows on touch, so the tap says why in words beside the buttons, and offers the way out.
 * Once voting is closed only my dots remain, read-only.
 */
export function VoteControl(props: { proposal: Proposal; onShowMyDots?: () => void }) {
  const session = useSession();
  const mine = () => session.dotsOn(props.proposal.id);
  const max = () => session.state.event?.maxDotsPerProposal ?? 0;
  const open = () => {
    const event = session.state.event;
    return !!event && canVote(event.phase) && session.me.role === 'participant';
  };
  const blocked = (): Blocked | null => {
    if (mine() >= max()) return 'cap';
    return session.me.remaining === 0 ? 'budget' : null;
  };
  const [told, setTold] = createSignal<Blocked | null>(null);
  // The message goes once its reason does (a dot taken back elsewhere, another tab).
  createEffect(() => {
    if (told() !== null && told() !== blocked()) setTold(null);
  });
  const add = () => {
    const reason = blocked();
    if (reason) setTold(reason);
    else void session.vote(props.proposal.id, mine() + 1);
  };

  const dots = () => (
    <span
      class="vote__mine"
      data-testid="my-dots"
      data-dots={mine()}
      role="img"
      aria-label={t('vote.yours', { count: mine() })}
    >
      <Show when={max() <= MAX_DRAWN} fallback={<span class="vote__number">{mine()}</span>}>
        <For each={range(max())}>
          {(i) => <span class="dot dot--small" classList={{ 'dot--empty': i >= mine() }} />}
        </For>
      </Show>
    </span>
  );

  return (
    <Show
      when={open()}
      fallback={
        <Show when={mine() > 0}>
          <span class="vote vote--closed" data-testid="vote-closed">
            {dots()}
          </span>
        </Show>
      }
    >
      <div class="vote" role="group" aria-label={t('vote.group', { title: props.proposal.title })}>
        <button
          type="button"
          class="vote__button"
          disabled={mine() === 0}
          aria-label={t('vote.remove', { title: props.proposal.title })}
          data-testid="vote-remove"
          onClick={() => void session.vote(props.proposal.id, mine() - 1)}
        >
          −
        </button>
        {dots()}
        <button
          type="button"
          class="vote__button vote__button--add"
          aria-disabled={blocked() ? 'true' : undefined}
          aria-label={t('vote.add', { title: props.proposal.title })}
          data-testid="vote-add"
          onClick={add}
        >
          +
        </button>
      </div>
      <p class="vote-hint" role="status" data-testid="vote-hint">
        <Show when={told()}>
          {(reason) => (
            <>
              <span class="vote-hint__text">
                {reason() === 'budget'
                  ? t('vote.noDotsLeft')
                  : t('vote.capReached', { count: max() })}
              </span>
              <Show when={reason() === 'budget' && props.onShowMyDots}>
                <button
                  type="button"
                  class="link-button"
                  data-testid="show-my-dots"
                  onClick={() => props.onShowMyDots?.()}
                >
                  {t('vote.showMyDots')}
                </button>
              </Show>
            </>
          )}
        </Show>
      </p>
    </Show>
  );
}
