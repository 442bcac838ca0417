import { createMemo, For, Show } from 'solid-js';
import { talliesVisible } from '../../../../shared/phases';
import { fitNames, fitWords } from '../../../../shared/projector/word-fit';
import { rankLabels } from '../../../../shared/ranks';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { LangToggle } from '../../components/lang-toggle';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { planBoard, type BoardPlan } from './board-plan';
import { createFlash, createSettled } from './flash';
import { JoinCorner } from './join-corner';
import { createMeasuredBox } from './measure-text';
import { ScreenClock } from './screen-clock';
import { Unbroken, WholeWords } from './whole-words';
import { px } from './type-scale';

const byDots = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || a.createdAt.localeCompare(b.createdAt);
const newestFirst = (a: Proposal, b: Proposal) => b.createdAt.localeCompare(a.createdAt);

/**
 * The marketplace on the wall: how to join, and the proposals with the most dots. Under blind
 * voting it shows titles only, newest first, so neither numbers nor order give a tally away.
 */
export function ScreenLeaderboard(props: { now: number; joinCode: string }) {
  const session = useSession();
  const event = () => session.state.event;
  const blind = () => {
    const e = event();
    return !e || !talliesVisible(e.phase, e.blindVoting, 'participant');
  };
  const ranked = createMemo(() =>
    [...session.state.proposals].sort(blind() ? newestFirst : byDots),
  );
  const mostDots = () => Math.max(1, ...session.state.proposals.map((p) => p.dots ?? 0));
  const settled = createSettled(blind);

  const box = createMeasuredBox();
  const plan = createMemo(() => {
    const size = box.size();
    const measureAt = box.measureAt();
    if (!size || !measureAt) return null;
    return planBoard({
      ...size,
      titles: ranked()
        .slice(0, 24)
        .map((p) => p.title),
      unit: t('screen.dots', { count: 2 }),
      blind: blind(),
      measureAt,
    });
  });
  const shown = createMemo(() => {
    const p = plan();
    return ranked().slice(0, p ? p.rows * p.columns : 0);
  });
  /** Places by dots, ties sharing theirs ("=2"), over the whole ranking. */
  const places = createMemo(() => rankLabels(ranked().map((p) => p.dots ?? 0)));
  const fitted = (proposal: Proposal) => {
    const p = plan();
    const measureAt = box.measureAt();
    if (!p || !measureAt) return { title: proposal.title, hosts: [...proposal.hosts] };
    return {
      title: fitWords(proposal.title, p.textWidth, 1, measureAt(p.titleSize, 700)).text,
      hosts: fitNames(proposal.hosts, p.textWidth, 1, measureAt(p.hostsSize, 400)),
    };
  };

  return (
    <div class="screen-market" data-testid="screen-leaderboard" data-blind={blind()}>
      <aside class="screen-market__join">
        <h1 class="screen-market__event">{event()?.name}</h1>
        <JoinCorner joinCode={props.joinCode} variant="hero" heading={t('screen.joinAndVote')} />
        <div class="screen-tools screen-tools--on-accent">
          <ConnectionIndicator status={session.status()} />
          <LangToggle />
        </div>
      </aside>
      <main class="screen-market__main">
        <header class="screen-market__head">
          <div>
            <h2 class="screen-market__title">
              {event()?.phase === 'voting' ? t('screen.votingTitle') : t('screen.proposingTitle')}
            </h2>
            <p class="screen-market__sub">
              <strong>{blind() ? t('screen.pitchedSoFar') : t('screen.topByDots')}</strong>
              <Show when={ranked().length > 0}>
                {' · '}
                {t('screen.pitched', { count: ranked().length })}
                <Show when={ranked().length > shown().length}>
                  {' · '}
                  {t(blind() ? 'screen.showingNewest' : 'screen.showingTop', {
                    count: shown().length,
                  })}
                </Show>
              </Show>
            </p>
            <Show when={blind()}>
              <p class="screen-market__note">{t('screen.blindNote')}</p>
            </Show>
          </div>
          <ScreenClock now={props.now} timeZone={event()?.timezone ?? 'UTC'} />
        </header>
        <ol
          ref={(el) => box.attach(el)}
          class="screen-board-list"
          classList={{ 'screen-board-list--blind': blind() }}
          role="list"
          style={plan() ? boardStyle(plan()!) : undefined}
        >
          <For
            each={shown()}
            fallback={
              <Show when={ranked().length === 0}>
                <li class="screen-board-list__empty">{t('screen.noPitches')}</li>
              </Show>
            }
          >
            {(proposal, i) => (
              <BoardItem
                proposal={proposal}
                blind={blind()}
                rank={places()[i()] ?? ''}
                shown={fitted(proposal)}
                share={(proposal.dots ?? 0) / mostDots()}
                armed={settled()}
              />
            )}
          </For>
        </ol>
      </main>
    </div>
  );
}

function boardStyle(plan: BoardPlan) {
  return {
    'grid-template-rows': `repeat(${plan.rows}, ${px(plan.itemHeight)})`,
    'grid-template-columns': `repeat(${plan.columns}, minmax(0, 1fr))`,
    'row-gap': px(plan.rowGap),
    'column-gap': px(plan.columnGap),
    '--title-size': px(plan.titleSize),
    '--hosts-size': px(plan.hostsSize),
    '--rank-size': px(plan.rankSize),
    '--unit-size': px(plan.unitSize),
    '--rank-width': px(plan.rankWidth),
    '--dots-width': px(plan.dotsWidth),
    '--pad-x': px(plan.padX),
    '--pad-y': px(plan.padY),
    '--gap': px(plan.gap),
  };
}

function BoardItem(props: {
  proposal: Proposal;
  blind: boolean;
  rank: string;
  /** Title and host names as they fit, cut at whole words and names. */
  shown: { title: string; hosts: string[] };
  share: number;
  armed: boolean;
}) {
  const fresh = createFlash(
    () => `${props.proposal.title}|${props.proposal.dots ?? ''}`,
    () => props.armed,
  );
  return (
    <li
      class="board-item"
      classList={{ 'is-fresh': fresh() }}
      data-testid="leaderboard-item"
      data-proposal-id={props.proposal.id}
      style={{ '--share': props.blind ? 0 : props.share }}
    >
      <Show when={!props.blind}>
        <span class="board-item__rank" data-testid="leaderboard-rank">
          {props.rank}
        </span>
      </Show>
      <div class="board-item__body">
        <p class="board-item__title" data-full={props.proposal.title}>
          <WholeWords text={props.shown.title} />
        </p>
        <Show when={!props.blind && props.shown.hosts.length > 0}>
          <p class="board-item__hosts">
            <Unbroken pieces={props.shown.hosts} />
          </p>
        </Show>
      </div>
      <Show when={!props.blind && props.proposal.dots !== null}>
        <span class="board-item__dots" data-testid="leaderboard-dots">
          <span class="dot" aria-hidden="true" />
          <strong>{props.proposal.dots}</strong>
          <span class="board-item__unit">
            {t('screen.dots', { count: props.proposal.dots ?? 0 })}
          </span>
        </span>
      </Show>
    </li>
  );
}
