import type { ConnectionStatus } from '../live/socket';
import { t } from '../i18n';

export function ConnectionIndicator(props: { status: ConnectionStatus }) {
  return (
    <span
      class={`connection connection--${props.status}`}
      role="status"
      data-testid="connection"
      data-status={props.status}
    >
      <span class="connection__dot" aria-hidden="true" />
      <span class="connection__label">{t(`conn.${props.status}`)}</span>
    </span>
  );
}
