import { createSignal, Show } from 'solid-js';
import { canPitch } from '../../../../shared/phases';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { readDraft } from '../../stores/pitch-draft';
import { PitchForm } from './pitch-form-lazy';

/** "Pitch a session": one big button that opens the form, only while pitching is open. */
export function PitchPanel() {
  const session = useSession();
  // A draft left by a reload or a locked phone opens the form again, as it was.
  const [open, setOpen] = createSignal(readDraft(session.eventId) !== null);
  const role = () => (session.role === 'admin' ? 'admin' : 'participant');
  const allowed = () => {
    const event = session.state.event;
    return !!event && canPitch(event.phase, role());
  };

  return (
    <Show when={allowed()}>
      <section class="pitch-panel" classList={{ 'card card--raised': open() }}>
        <Show
          when={open()}
          fallback={
            <button
              type="button"
              class="button button--primary button--block button--large"
              onClick={() => setOpen(true)}
              data-testid="pitch-open"
            >
              <span aria-hidden="true" class="button__icon">
                +
              </span>
              {t('pitch.open')}
            </button>
          }
        >
          <h2 class="card__title">{t('pitch.heading')}</h2>
          <p class="card__lead">{t('pitch.lead')}</p>
          <PitchForm
            defaultHost={session.me.participant?.name ?? null}
            onDone={() => setOpen(false)}
          />
        </Show>
      </section>
    </Show>
  );
}
