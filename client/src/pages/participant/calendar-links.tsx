import { t } from '../../i18n';

/**
 * The whole agenda as a calendar feed. webcal:// hands it to the device's calendar app as a
 * subscription, which then follows the day's moves; https:// is the same feed for apps that
 * ask for an address (Google Calendar's "From URL"). Built here rather than in links.ts:
 * links.ts is in the phone's first load, and only a phone that shows the agenda needs this.
 */
export function CalendarLinks(props: { eventId: string }) {
  const https = () =>
    new URL(`/api/events/${encodeURIComponent(props.eventId)}/calendar.ics`, location.origin).href;
  return (
    <div class="calendar-links" data-testid="calendar-links">
      <p class="calendar-links__row">
        <a href={https().replace(/^https?:/, 'webcal:')} data-testid="calendar-subscribe">
          {t('agendaView.subscribe')}
        </a>
        <a href={https()} data-testid="calendar-feed">
          {t('agendaView.feedAddress')}
        </a>
      </p>
      <p class="calendar-links__hint">{t('agendaView.subscribeHint')}</p>
    </div>
  );
}
