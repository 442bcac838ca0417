import { useSession } from '../../session/session-context';
import { t } from '../../i18n';
import { JoinCorner } from './join-corner';
import { ScreenClock } from './screen-clock';

/** While the facilitators build the grid: a calm screen, and the way to follow along. */
export function ScreenBuilding(props: { now: number; joinCode: string }) {
  const session = useSession();
  return (
    <main class="screen-calm" data-testid="screen-building">
      <div class="screen-calm__top">
        <h1 class="screen-calm__event">{session.state.event?.name}</h1>
        <ScreenClock now={props.now} timeZone={session.state.event?.timezone ?? 'UTC'} />
      </div>
      <div class="screen-calm__message">
        <span class="screen-calm__mark" aria-hidden="true" />
        <h2 class="screen-calm__title">{t('screen.buildingTitle')}</h2>
        <p class="screen-calm__body">{t('screen.buildingBody')}</p>
      </div>
      <JoinCorner joinCode={props.joinCode} variant="hero" heading={t('screen.joinAndFollow')} />
    </main>
  );
}
