import { createSignal, Show } from 'solid-js';
import { SegmentedControl } from '../../components/segmented-control';
import { addMessages, t } from '../../i18n';
import { agendaMessages } from '../../i18n/agenda';
import { MoveNotices } from '../../notices/move-notices';
import { createMoveWatch } from '../../notices/move-watch';
import { useSession } from '../../session/session-context';
import { AgendaByRoom } from './agenda-by-room';
import { AgendaList } from './agenda-list';
import { createAgendaModel } from './agenda-model';
import { CalendarLinks } from './calendar-links';
import { NowNext } from './now-next';
import { createNow } from './now-next-clock';
import { MyDay } from './my-day';
import '../../styles/agenda.css';
import '../../styles/my-day.css';
// The proposals fold away below the agenda; only a phone that shows the agenda needs this.
import '../../styles/proposal-archive.css';

addMessages(agendaMessages);

type View = 'time' | 'room';

/**
 * The published agenda on a phone: what moved of my sessions, what runs now and next, then the
 * whole day.
 */
export function AgendaView() {
  const session = useSession();
  const model = createAgendaModel(session, createNow());
  const moves = createMoveWatch(session);
  const [view, setView] = createSignal<View>('time');

  return (
    <>
      <MoveNotices watch={moves} timeZone={model.timeZone()} />
      <Show when={session.state.event?.phase === 'live'}>
        <NowNext model={model} />
      </Show>
      <Show when={session.me.role === 'participant'}>
        <MyDay model={model} />
      </Show>
      <section class="card agenda-card" aria-labelledby="agenda-title" data-testid="agenda">
        <div class="agenda-card__head">
          <h2 id="agenda-title" class="card__title">
            {t('agenda.title')}
          </h2>
          <SegmentedControl<View>
            label={t('agendaView.show')}
            value={view()}
            onChange={setView}
            options={[
              { value: 'time', label: t('agendaView.byTime') },
              { value: 'room', label: t('agendaView.byRoom') },
            ]}
          />
        </div>
        <Show
          when={model.index().size > 0}
          fallback={<p class="empty-state">{t('agenda.empty')}</p>}
        >
          <Show when={view() === 'room'} fallback={<AgendaList model={model} />}>
            <AgendaByRoom model={model} />
          </Show>
        </Show>
        <Show when={session.state.event?.id}>{(id) => <CalendarLinks eventId={id()} />}</Show>
        <Show when={session.state.event?.joinCode}>
          {(code) => (
            <div class="agenda-proceedings">
              <a
                href={`/proceedings/${encodeURIComponent(code())}`}
                class="agenda-proceedings__link"
                data-testid="agenda-proceedings"
              >
                {t('agendaView.proceedings')}
              </a>
              <p class="agenda-proceedings__hint">{t('agendaView.proceedingsHint')}</p>
            </div>
          )}
        </Show>
      </section>
    </>
  );
}
