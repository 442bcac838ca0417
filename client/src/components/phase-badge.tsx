import type { Phase } from '../../../shared/phases';
import { t } from '../i18n';

export function PhaseBadge(props: { phase: Phase }) {
  return (
    <span class={`phase-badge phase-badge--${props.phase}`} data-testid="phase">
      <span class="phase-badge__label">{t('phase.label')}</span>
      <span class="phase-badge__name">{t(`phase.${props.phase}`)}</span>
    </span>
  );
}
