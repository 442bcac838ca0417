import { Match, Show, Switch } from 'solid-js';
import type { DoorSlot } from '../../../../shared/door-sheets';
import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { notesUrl } from '../../lib/notes-url';

/**
 * One slot on a door sheet: its time, then the session with its hosts and a QR code to it, or
 * one line for a break, a plenary (in every room at once) or a slot this room leaves open.
 */
export function DoorSlotRow(props: { slot: DoorSlot; joinCode: string; timeZone: string }) {
  const kind = () =>
    props.slot.session ? 'session' : props.slot.kind === 'session' ? 'open' : props.slot.kind;
  return (
    <li
      class={`door-slot door-slot--${kind()}`}
      data-testid="door-slot"
      data-slot-id={props.slot.id}
      data-kind={kind()}
    >
      <p class="door-slot__time" data-testid="door-slot-time">
        <time dateTime={props.slot.startsAt}>
          {formatTime(props.slot.startsAt, props.timeZone)}
        </time>
        –<time dateTime={props.slot.endsAt}>{formatTime(props.slot.endsAt, props.timeZone)}</time>
      </p>
      <Switch fallback={<p class="door-slot__line">{t('doors.open')}</p>}>
        <Match when={props.slot.session}>
          {(session) => {
            const url = () => notesUrl(props.joinCode, session().id);
            return (
              <>
                <div class="door-slot__what">
                  <h3 class="door-slot__title" data-testid="door-slot-title">
                    {session().title}
                  </h3>
                  <Show when={session().hosts.length > 0}>
                    <p class="door-slot__hosts" data-testid="door-slot-hosts">
                      {t('doors.hosts', {
                        count: session().hosts.length,
                        hosts: session().hosts.join(', '),
                      })}
                    </p>
                  </Show>
                </div>
                <div class="door-slot__qr" data-testid="door-slot-qr" data-url={url()}>
                  {/* Black on paper; its size comes from the sheet's fit (doors.css). */}
                  <QrImage
                    url={url()}
                    alt={t('doors.qrAlt', { title: session().title })}
                    ink="#000000"
                  />
                </div>
              </>
            );
          }}
        </Match>
        <Match when={props.slot.kind === 'break'}>
          <p class="door-slot__line">{props.slot.label || t('slotKind.break')}</p>
        </Match>
        <Match when={props.slot.kind === 'plenary'}>
          <p class="door-slot__line">
            <strong class="door-slot__plenary">{props.slot.label || t('slotKind.plenary')}</strong>
            <span aria-hidden="true"> · </span>
            {t('doors.allRooms')}
          </p>
        </Match>
      </Switch>
    </li>
  );
}
