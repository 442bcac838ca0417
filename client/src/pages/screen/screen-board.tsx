import { createMemo, For, Show } from 'solid-js';
import { agendaVisible, talliesVisible } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { LangToggle } from '../../components/lang-toggle';
import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { joinUrl } from '../../links';
import { createEventSession } from '../../session/event-session';
import { SessionProvider } from '../../session/session-context';
import { AgendaList } from '../participant/agenda-list';
import { Tally } from '../participant/tally';

const SHOWN = 12;
const byDots = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || b.createdAt.localeCompare(a.createdAt);

export function ScreenBoard(props: { eventId: string; joinCode: string }) {
  // eslint-disable-next-line solid/reactivity -- the board is keyed on the event
  const session = createEventSession(props.eventId, 'viewer', null);
  const event = () => session.state.event;
  const showTally = () => {
    const e = event();
    return !!e && talliesVisible(e.phase, e.blindVoting, 'participant');
  };
  const top = createMemo(() =>
    [...session.state.proposals].sort(showTally() ? byDots : () => 0).slice(0, SHOWN),
  );

  return (
    <SessionProvider value={session}>
      <div class="screen">
        <aside class="screen__join">
          <h1 class="screen__name">{event()?.name}</h1>
          <p class="screen__how">{t('screen.how')}</p>
          <QrImage url={joinUrl(props.joinCode)} alt={t('share.qrAlt')} size={280} />
          <p class="screen__url">{joinUrl(props.joinCode).replace(/^https?:\/\//, '')}</p>
          <strong class="join-code join-code--huge">{props.joinCode}</strong>
          <div class="screen__status">
            <ConnectionIndicator status={session.status()} />
            <LangToggle />
          </div>
        </aside>
        <main class="screen__board">
          <Show
            when={event() && agendaVisible(event()!.phase, 'participant')}
            fallback={
              <>
                <h2 class="screen__title">
                  {event() ? t(`phase.${event()!.phase}`) : ''} · {t('list.title')}
                </h2>
                <ol class="screen__list" role="list">
                  <For each={top()}>
                    {(p) => (
                      <li class="screen__item">
                        <span class="screen__item-title">{p.title}</span>
                        <Tally dots={p.dots} voters={p.voters} show={showTally()} />
                      </li>
                    )}
                  </For>
                </ol>
              </>
            }
          >
            <AgendaList />
          </Show>
        </main>
      </div>
    </SessionProvider>
  );
}
