import { createMemo, createSignal, For, Show } from 'solid-js';
import { talliesVisible } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { ParticipantProposal } from './participant-proposal';
import { SegmentedControl } from '../../components/segmented-control';

type Filter = 'all' | 'mine';
type Sort = 'newest' | 'dots';

const newestFirst = (a: Proposal, b: Proposal) => b.createdAt.localeCompare(a.createdAt);
const mostDotsFirst = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || newestFirst(a, b);

export function ProposalList() {
  const session = useSession();
  const [filter, setFilter] = createSignal<Filter>('all');
  const [sort, setSort] = createSignal<Sort>('newest');
  const showTally = () => {
    const event = session.state.event;
    return !!event && talliesVisible(event.phase, event.blindVoting, 'participant');
  };
  const mine = createMemo(() => {
    const me = session.me.participant;
    return me ? session.state.proposals.filter((p) => p.authorId === me.id) : [];
  });
  const shown = createMemo(() => {
    const list = filter() === 'mine' ? mine() : session.state.proposals;
    return [...list].sort(sort() === 'dots' && showTally() ? mostDotsFirst : newestFirst);
  });

  return (
    <section class="proposal-list" aria-labelledby="proposals-title">
      <div class="list-toolbar">
        <h2 id="proposals-title" class="section-title">
          {t('list.title')}
        </h2>
        <div class="list-toolbar__controls">
          <SegmentedControl<Filter>
            label={t('list.filter')}
            value={filter()}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('list.all', { count: session.state.proposals.length }) },
              { value: 'mine', label: t('list.mine', { count: mine().length }) },
            ]}
          />
          <Show when={showTally()}>
            <SegmentedControl<Sort>
              label={t('list.sort')}
              value={sort()}
              onChange={setSort}
              options={[
                { value: 'newest', label: t('list.newest') },
                { value: 'dots', label: t('list.mostDots') },
              ]}
            />
          </Show>
        </div>
      </div>
      <Show
        when={shown().length > 0}
        fallback={
          <p class="empty-state">{filter() === 'mine' ? t('list.emptyMine') : t('list.empty')}</p>
        }
      >
        <ul class="cards" role="list">
          <For each={shown()}>
            {(proposal) => (
              <li>
                <ParticipantProposal proposal={proposal} showTally={showTally()} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
