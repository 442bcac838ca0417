import type { JSX } from 'solid-js';
import { renewCalendarFeed } from '../../api/calendar-feed';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { attempt } from '../../session/attempt';
import { useSession } from '../../session/session-context';
import { showSuccess } from '../../stores/toasts';
import { readToken } from '../../stores/tokens';

/**
 * A calendar feed as two links. webcal:// hands it to the device's calendar app as a
 * subscription, which then follows the day's moves; https:// is the same feed for apps that
 * ask for an address (Google Calendar's "From URL"). Built here rather than in links.ts:
 * links.ts is in the phone's first load, and only a phone that shows the agenda needs this.
 */
function FeedLinks(props: {
  https: string;
  subscribe: string;
  address: string;
  hint: string;
  testId: string;
  children?: JSX.Element;
}) {
  return (
    <div class="calendar-links" data-testid={`${props.testId}-links`}>
      <p class="calendar-links__row">
        <a
          href={props.https.replace(/^https?:/, 'webcal:')}
          data-testid={`${props.testId}-subscribe`}
        >
          {props.subscribe}
        </a>
        <a href={props.https} data-testid={`${props.testId}-feed`}>
          {props.address}
        </a>
      </p>
      <p class="calendar-links__hint">{props.hint}</p>
      {props.children}
    </div>
  );
}

/** The whole agenda's feed. */
export function CalendarLinks(props: { eventId: string }) {
  const https = () =>
    new URL(`/api/events/${encodeURIComponent(props.eventId)}/calendar.ics`, location.origin).href;
  return (
    <FeedLinks
      https={https()}
      subscribe={t('agendaView.subscribe')}
      address={t('agendaView.feedAddress')}
      hint={t('agendaView.subscribeHint')}
      testId="calendar"
    />
  );
}

/**
 * My own feed (starred and hosted sessions): its URL comes with my part of the snapshot. A URL
 * shared by mistake is ended by asking for a new one, which the links then show.
 */
export function MyCalendarLinks(props: { url: string }) {
  const session = useSession();
  const renew = async () => {
    const token = readToken('participant', session.eventId);
    const renewed = token && (await attempt(() => renewCalendarFeed(session.eventId, token)));
    if (!renewed) return;
    session.setCalendarUrl(renewed.calendarUrl);
    showSuccess('myDay.newLinkDone');
  };
  return (
    <FeedLinks
      https={props.url}
      subscribe={t('myDay.subscribe')}
      address={t('myDay.feedAddress')}
      hint={t('myDay.subscribeHint')}
      testId="my-calendar"
    >
      <div class="calendar-links__renew" data-testid="my-calendar-renew">
        <ConfirmButton
          label={t('myDay.newLink')}
          question={t('myDay.newLinkQuestion')}
          onConfirm={renew}
        />
      </div>
    </FeedLinks>
  );
}
