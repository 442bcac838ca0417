import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { talliesVisible } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { LangToggle } from '../../components/lang-toggle';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { createFlash, createSettled } from './flash';
import { JoinCorner } from './join-corner';
import { ScreenClock } from './screen-clock';

/** Each entry is this tall (in vh, as in screen.css), so we know how many fit without scrolling. */
const ITEM_VH = 10.5;
const GAP_VH = 1.2;
/** Two columns once the list is wider than this many vh. */
const TWO_COLUMNS_VH = 90;

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

  const [layout, setLayout] = createSignal({ rows: 6, columns: 2 });
  const columns = () =>
    Math.min(layout().columns, Math.max(1, Math.ceil(ranked().length / layout().rows)));
  const shown = createMemo(() => ranked().slice(0, layout().rows * layout().columns));

  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const vh = window.innerHeight / 100;
    const { width, height } = entry.contentRect;
    setLayout({
      rows: Math.max(1, Math.floor((height + GAP_VH * vh) / ((ITEM_VH + GAP_VH) * vh))),
      columns: width >= TWO_COLUMNS_VH * vh ? 2 : 1,
    });
  });
  onCleanup(() => observer.disconnect());

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
          ref={(el) => observer.observe(el)}
          class="screen-board-list"
          classList={{ 'screen-board-list--blind': blind() }}
          role="list"
          style={{ '--rows': layout().rows, '--columns': columns() }}
        >
          <For
            each={shown()}
            fallback={<li class="screen-board-list__empty">{t('screen.noPitches')}</li>}
          >
            {(proposal, i) => (
              <BoardItem
                proposal={proposal}
                blind={blind()}
                rank={rankLabel(shown(), i(), layout().rows)}
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

/**
 * Tied proposals share a place ("1, 2, 2, 4"); the number shows on the first of a tie and at
 * the top of each column, so a column never starts without one.
 */
function rankLabel(list: readonly Proposal[], i: number, rows: number): string {
  const dots = (k: number) => list[k]?.dots ?? 0;
  let first = i;
  while (first > 0 && dots(first - 1) === dots(i)) first--;
  return first === i || i % rows === 0 ? String(first + 1) : '';
}

function BoardItem(props: {
  proposal: Proposal;
  blind: boolean;
  rank: string;
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
        <span class="board-item__rank">{props.rank}</span>
      </Show>
      <div class="board-item__body">
        <p class="board-item__title">{props.proposal.title}</p>
        <Show when={!props.blind && props.proposal.hosts.length > 0}>
          <p class="board-item__hosts">{props.proposal.hosts.join(', ')}</p>
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
