import { createSignal, Show } from 'solid-js';
import { CopyField } from '../../components/copy-field';
import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { adminUrl, joinUrl, screenUrl } from '../../links';
import { useAdminSession } from '../../session/admin-session';
import { RenewAdminLink } from './renew-admin-link';

export function ShareSection() {
  const session = useAdminSession();
  // Open after a new link was made, so that it is there to copy.
  const [adminLinkOpen, setAdminLinkOpen] = createSignal(false);
  return (
    <Show when={session.state.event}>
      {(event) => (
        <section class="card stack" aria-labelledby="share-title">
          <h2 id="share-title" class="card__title">
            {t('share.title')}
          </h2>
          <div class="share-block">
            <div class="share-block__code">
              <span class="field__label">{t('share.code')}</span>
              <strong class="join-code" data-testid="join-code">
                {event().joinCode}
              </strong>
              <span class="field__hint">{t('share.codeHint')}</span>
            </div>
            <QrImage url={joinUrl(event().joinCode)} alt={t('share.qrAlt')} size={152} />
          </div>
          <CopyField
            label={t('share.joinLink')}
            value={joinUrl(event().joinCode)}
            testId="join-link"
          />
          <CopyField label={t('share.screenLink')} value={screenUrl(event().joinCode)} />
          <details class="details" open={adminLinkOpen()} data-testid="admin-link-details">
            <summary class="details__summary">{t('share.adminLinkTitle')}</summary>
            <div class="stack details__body">
              <p class="callout callout--warning">{t('created.secretWarning')}</p>
              <CopyField
                label={t('created.adminLink')}
                value={session.adminToken ? adminUrl(event().id, session.adminToken) : ''}
                testId="admin-link"
              />
              <Show when={session.adminToken}>
                {(token) => (
                  <RenewAdminLink
                    eventId={event().id}
                    token={token()}
                    onRenewed={() => setAdminLinkOpen(true)}
                  />
                )}
              </Show>
            </div>
          </details>
        </section>
      )}
    </Show>
  );
}
