import { A } from '@solidjs/router';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import '../../../styles/grid.css';

/** The facilitator's two pages: set the event up, and build its schedule. */
export function AdminTabs() {
  const session = useAdminSession();
  const base = () => `/admin/${encodeURIComponent(session.eventId)}`;
  return (
    <nav class="admin-tabs" aria-label={t('grid.tabsLabel')}>
      <A href={base()} end class="admin-tabs__tab" data-testid="tab-setup">
        {t('grid.tabSetup')}
      </A>
      <A href={`${base()}/grid`} class="admin-tabs__tab" data-testid="tab-grid">
        {t('grid.tabGrid')}
      </A>
    </nav>
  );
}
