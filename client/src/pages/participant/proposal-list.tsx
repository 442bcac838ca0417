import { createMemo, createSignal, For, Show } from 'solid-js';
import { talliesVisible } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t, type MessageKey } from '../../i18n';
import { useSession } from '../../session/session-context';
import { ParticipantProposal } from './participant-proposal';
import { SegmentedControl } from '../../components/segmented-control';

type Filter = 'all' | 'mine' | 'voted';
type Sort = 'newest' | 'dots';

const EMPTY = {
  all: 'list.empty',
  mine: 'list.emptyMine',
  voted: 'list.emptyVoted',
} as const satisfies Record<Filter, MessageKey>;

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
  const voted = createMemo(() => session.state.proposals.filter((p) => session.dotsOn(p.id) > 0));
  const shown = createMemo(() => {
    const f = filter();
    const list = f === 'mine' ? mine() : f === 'voted' ? voted() : session.state.proposals;
    return [...list].sort(sort() === 'dots' && showTally() ? mostDotsFirst : newestFirst);
  });

  let heading!: HTMLHeadingElement;
  // From a + that had no dot to give: the sessions holding my dots, to take one back.
  const showMyDots = () => {
    setFilter('voted');
    heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return (
    <section class="proposal-list" aria-labelledby="proposals-title">
      <div class="list-toolbar">
        <h2 id="proposals-title" class="section-title" ref={heading}>
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
              { value: 'voted', label: t('list.voted', { count: voted().length }) },
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
      <Show when={shown().length > 0} fallback={<p class="empty-state">{t(EMPTY[filter()])}</p>}>
        <ul class="cards" role="list">
          <For each={shown()}>
            {(proposal) => (
              <li>
                <ParticipantProposal
                  proposal={proposal}
                  showTally={showTally()}
                  onShowMyDots={showMyDots}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
