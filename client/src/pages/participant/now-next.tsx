import { Match, Show, Switch, For } from 'solid-js';
import { sessionsInSlot } from '../../../../shared/agenda';
import type { Slot } from '../../../../shared/schemas/slot';
import { zonedDate } from '../../../../shared/zoned-time';
import { formatDayOf, formatTime, formatTimeRange } from '../../i18n/format';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { AgendaItem } from './agenda-item';
import type { AgendaModel } from './agenda-model';

/** At the top of the phone while the event is live: what runs now, and what comes next. */
export function NowNext(props: { model: AgendaModel }) {
  const session = useSession();
  const current = () => props.model.nowNext().current;
  const next = () => props.model.nowNext().next;
  // Before the first slot of the day, between slots, after the last one, or between days.
  const idle = () => {
    const n = next();
    const tz = props.model.timeZone();
    const now = props.model.now();
    const today = zonedDate(now, tz);
    const endedToday = session.state.slots.some(
      (s) => Date.parse(s.endsAt) <= now && zonedDate(Date.parse(s.startsAt), tz) === today,
    );
    if (!n || zonedDate(Date.parse(n.startsAt), tz) !== today) {
      return endedToday || !n ? t('agendaView.over') : t('agendaView.nothingNow');
    }
    const time = formatTime(n.startsAt, tz);
    return endedToday ? t('agendaView.gap', { time }) : t('agendaView.notStarted', { time });
  };

  return (
    <section class="now-next" aria-label={t('agendaView.nowNextLabel')} data-testid="now-next">
      <div class="now-next__block now-next__block--now" data-testid="now-slot">
        <Show
          when={current()}
          fallback={
            <>
              <BlockHead kind="now" />
              <p class="now-next__idle">{idle()}</p>
            </>
          }
        >
          {(slot) => <SlotBlock kind="now" slot={slot()} model={props.model} />}
        </Show>
      </div>
      <Show when={next()}>
        {(slot) => (
          <div class="now-next__block now-next__block--next" data-testid="next-slot">
            <SlotBlock kind="next" slot={slot()} model={props.model} />
          </div>
        )}
      </Show>
    </section>
  );
}

function BlockHead(props: { kind: 'now' | 'next'; when?: string }) {
  return (
    <div class="now-next__head">
      <span class={`agenda-tag agenda-tag--${props.kind}`}>
        {props.kind === 'now' ? t('agendaView.now') : t('agendaView.next')}
      </span>
      <Show when={props.when}>
        <span class="now-next__when">{props.when}</span>
      </Show>
    </div>
  );
}

function SlotBlock(props: { kind: 'now' | 'next'; slot: Slot; model: AgendaModel }) {
  const session = useSession();
  const tz = () => props.model.timeZone();
  const when = () => {
    const { startsAt, endsAt } = props.slot;
    if (props.kind === 'now') return t('agendaView.until', { time: formatTime(endsAt, tz()) });
    const range = formatTimeRange(startsAt, endsAt, tz());
    const sameDay = zonedDate(Date.parse(startsAt), tz()) === zonedDate(props.model.now(), tz());
    return sameDay ? range : `${formatDayOf(startsAt, tz())} · ${range}`;
  };
  // The sessions I voted on come first: they are where I am most likely headed.
  const sessions = () => {
    const all = sessionsInSlot(props.slot.id, session.state.rooms, props.model.index());
    const voted = props.model.voted;
    const rank = (id: string) => (voted(id) ? 0 : 1);
    return all.sort((a, b) => rank(a.proposal.id) - rank(b.proposal.id));
  };

  return (
    <>
      <BlockHead kind={props.kind} when={when()} />
      <Switch>
        <Match when={props.slot.kind !== 'session'}>
          <p class="now-next__break">{props.slot.label || t(`slotKind.${props.slot.kind}`)}</p>
        </Match>
        <Match when={sessions().length === 0}>
          <p class="now-next__idle">{t('agendaView.nothingPlaced')}</p>
        </Match>
        <Match when={sessions().length > 0}>
          <ul class="agenda-items" role="list">
            <For each={sessions()}>
              {(s) => (
                <AgendaItem
                  proposal={s.proposal}
                  place={s.room.name}
                  voted={props.model.voted(s.proposal.id)}
                  fresh={props.model.fresh(s.proposal.id)}
                  star={props.model.star(s.proposal.id)}
                  testId="now-next-item"
                />
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </>
  );
}
