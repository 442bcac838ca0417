import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { joinUrl } from '../../links';

/**
 * The way in: a QR code big enough to scan from a few metres, the address for those who type,
 * and the six-character code.
 */
export function JoinCorner(props: {
  joinCode: string;
  heading?: string;
  variant: 'corner' | 'hero';
}) {
  const site = () => `${location.host}/join`;
  return (
    <div class={`join-corner join-corner--${props.variant}`} data-testid="join-corner">
      <p class="join-corner__heading">{props.heading ?? t('screen.scan')}</p>
      <QrImage url={joinUrl(props.joinCode)} alt={t('share.qrAlt')} size={320} />
      <div class="join-corner__text">
        <p class="join-corner__site">
          {t('screen.orGoTo')} <strong>{site()}</strong>
        </p>
        <p class="join-corner__code-line">
          <span class="join-corner__code-label">{t('screen.code')}</span>{' '}
          <strong class="join-corner__code" data-testid="screen-join-code">
            {props.joinCode}
          </strong>
        </p>
      </div>
    </div>
  );
}
