import { For, Show } from 'solid-js';
import { canVote } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { range } from '../../lib/range';
import { useSession } from '../../session/session-context';

/** Past this many, a row of dots gets too wide for a phone: show the number. */
const MAX_DRAWN = 5;

export function VoteControl(props: { proposal: Proposal }) {
  const session = useSession();
  const mine = () => session.dotsOn(props.proposal.id);
  const max = () => session.state.event?.maxDotsPerProposal ?? 0;
  const open = () => {
    const event = session.state.event;
    return !!event && canVote(event.phase) && session.me.role === 'participant';
  };
  const canAdd = () => open() && session.me.remaining > 0 && mine() < max();
  const canRemove = () => open() && mine() > 0;
  const addHint = () => {
    if (!open()) return t('vote.closed');
    if (mine() >= max()) return t('vote.capReached', { count: max() });
    if (session.me.remaining === 0) return t('vote.budgetSpent');
    return undefined;
  };

  return (
    <div class="vote" role="group" aria-label={t('vote.group', { title: props.proposal.title })}>
      <button
        type="button"
        class="vote__button"
        disabled={!canRemove()}
        aria-label={t('vote.remove', { title: props.proposal.title })}
        data-testid="vote-remove"
        onClick={() => void session.vote(props.proposal.id, mine() - 1)}
      >
        −
      </button>
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
      <button
        type="button"
        class="vote__button vote__button--add"
        disabled={!canAdd()}
        aria-label={t('vote.add', { title: props.proposal.title })}
        title={addHint()}
        data-testid="vote-add"
        onClick={() => void session.vote(props.proposal.id, mine() + 1)}
      >
        +
      </button>
    </div>
  );
}
