import { t } from '../../i18n';

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

/** My own feed (starred and hosted sessions): its URL comes with my part of the snapshot. */
export function MyCalendarLinks(props: { url: string }) {
  return (
    <FeedLinks
      https={props.url}
      subscribe={t('myDay.subscribe')}
      address={t('myDay.feedAddress')}
      hint={t('myDay.subscribeHint')}
      testId="my-calendar"
    />
  );
}
