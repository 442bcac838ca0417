import { onMount } from 'solid-js';
import { renewAdminLink } from '../../api/admin-link';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { attempt } from '../../session/attempt';
import { showSuccess } from '../../stores/toasts';
import { saveToken } from '../../stores/tokens';

const renewedKey = (eventId: string) => `knyta:admin-link-renewed:${eventId}`;

/**
 * Replaces the admin link, for one that reached the wrong hands. The page reloads with the new
 * key (every open connection was made with the old one) and says so once it is back.
 */
export function RenewAdminLink(props: { eventId: string; token: string; onRenewed: () => void }) {
  onMount(() => {
    if (sessionStorage.getItem(renewedKey(props.eventId)) === null) return;
    sessionStorage.removeItem(renewedKey(props.eventId));
    props.onRenewed();
    showSuccess('share.adminLinkRenewed');
  });
  const renew = async (eventId: string, token: string) => {
    const renewed = await attempt(() => renewAdminLink(eventId, token));
    if (!renewed) return;
    saveToken('admin', eventId, renewed.adminToken);
    sessionStorage.setItem(renewedKey(eventId), '1');
    location.reload();
  };
  return (
    <div data-testid="renew-admin-link">
      <ConfirmButton
        label={t('share.newAdminLink')}
        question={t('share.newAdminLinkQuestion')}
        onConfirm={() => renew(props.eventId, props.token)}
      />
    </div>
  );
}
