import { onMount } from 'solid-js';
import type { CreatedEvent } from '../../../../shared/schemas/event';
import { CopyField } from '../../components/copy-field';
import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { adminPath, adminUrl, joinUrl } from '../../links';

/** Shown once after creating: the secret admin link and everything to share with people. */
export function CreatedEventCard(props: { created: CreatedEvent; onReset: () => void }) {
  const event = () => props.created.event;
  const adminHref = () => adminPath(event().id, props.created.adminToken);
  let section!: HTMLElement;
  // The form was submitted at its bottom; on a phone the result starts above the screen.
  onMount(() => {
    if (section.getBoundingClientRect().top < 0) section.scrollIntoView({ block: 'start' });
  });
  return (
    <section
      ref={section}
      class="stack created-card"
      data-testid="created-card"
      aria-labelledby="created-title"
    >
      <div>
        <h2 id="created-title" class="card__title">
          {t('created.title')}
        </h2>
        <p class="card__lead">{event().name}</p>
      </div>

      <p class="callout callout--warning" role="note" data-testid="secret-warning">
        {t('created.secretWarning')}
      </p>
      <CopyField
        label={t('created.adminLink')}
        value={adminUrl(event().id, props.created.adminToken)}
        testId="admin-link"
      />
      {/* A full page load: the facilitator page starts clean and takes the key from the link. */}
      <a class="button button--primary button--block" href={adminHref()} rel="external">
        {t('created.openAdmin')}
      </a>

      <hr class="divider" />

      <div class="share-block">
        <div class="share-block__code">
          <span class="field__label">{t('share.code')}</span>
          <strong class="join-code" data-testid="join-code">
            {event().joinCode}
          </strong>
          <span class="field__hint">{t('share.codeHint')}</span>
        </div>
        <QrImage url={joinUrl(event().joinCode)} alt={t('share.qrAlt')} size={168} />
      </div>
      <CopyField label={t('share.joinLink')} value={joinUrl(event().joinCode)} testId="join-link" />

      <button type="button" class="button button--ghost" onClick={() => props.onReset()}>
        {t('created.another')}
      </button>
    </section>
  );
}
