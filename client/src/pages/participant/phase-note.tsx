import type { Phase } from '../../../../shared/phases';
import { t } from '../../i18n';

/** What the current phase means for someone with a phone in their hand. */
export function PhaseNote(props: { phase: Phase }) {
  return (
    <p class={`phase-note phase-note--${props.phase}`} data-testid="phase-note">
      {t(`phaseHelp.${props.phase}`)}
    </p>
  );
}
