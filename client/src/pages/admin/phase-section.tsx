import { For } from 'solid-js';
import { PHASES } from '../../../../shared/phases';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { createPhaseChanger } from './phase/phase-changer';
import { PhaseDialog } from './phase/phase-dialog';

/** The five phases in their usual order; a change that hides or closes something asks first. */
export function PhaseSection() {
  const session = useAdminSession();
  const changer = createPhaseChanger(session);
  const current = () => session.state.event?.phase;
  return (
    <section class="card stack" aria-labelledby="phase-title">
      <div>
        <h2 id="phase-title" class="card__title">
          {t('admin.phaseTitle')}
        </h2>
        <p class="card__lead">{t('admin.phaseLead')}</p>
      </div>
      <div class="phase-options" role="group" aria-labelledby="phase-title">
        <For each={PHASES}>
          {(phase, i) => (
            <button
              type="button"
              class="phase-option"
              aria-pressed={current() === phase}
              onClick={() => changer.request(phase)}
              data-testid={`phase-${phase}`}
            >
              <span class="phase-option__step" aria-hidden="true">
                {i() + 1}
              </span>
              <span class="phase-option__text">
                <span class="phase-option__name">{t(`phase.${phase}`)}</span>
                <span class="phase-option__help">{t(`phaseAdmin.${phase}`)}</span>
              </span>
            </button>
          )}
        </For>
      </div>
      <PhaseDialog changer={changer} />
    </section>
  );
}
