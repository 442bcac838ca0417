import { createEffect, createMemo, createSignal, on, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Event, UpdateEvent } from '../../../../shared/schemas/event';
import {
  EventFields,
  eventFieldsAreValid,
  type EventFieldValues,
} from '../../components/event-fields';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { showSuccess } from '../../stores/toasts';

const fieldsOf = (e: Event): EventFieldValues => ({
  name: e.name,
  date: e.date ?? '',
  timezone: e.timezone,
  language: e.language,
  dotsPerParticipant: e.dotsPerParticipant,
  maxDotsPerProposal: e.maxDotsPerProposal,
  blindVoting: e.blindVoting,
});

/** Only what changed, so two facilitators editing different settings do not undo each other. */
function changes(from: EventFieldValues, to: EventFieldValues): UpdateEvent {
  const patch: UpdateEvent = {};
  if (to.name.trim() !== from.name) patch.name = to.name.trim();
  if (to.date !== from.date) patch.date = to.date || null;
  if (to.timezone !== from.timezone) patch.timezone = to.timezone;
  if (to.language !== from.language) patch.language = to.language;
  if (to.dotsPerParticipant !== from.dotsPerParticipant) {
    patch.dotsPerParticipant = to.dotsPerParticipant;
  }
  if (to.maxDotsPerProposal !== from.maxDotsPerProposal) {
    patch.maxDotsPerProposal = to.maxDotsPerProposal;
  }
  if (to.blindVoting !== from.blindVoting) patch.blindVoting = to.blindVoting;
  return patch;
}

export function SettingsSection() {
  const session = useAdminSession();
  const saved = createMemo(() => {
    const event = session.state.event;
    return event ? fieldsOf(event) : null;
  });
  const [values, setValues] = createStore<EventFieldValues>(untrack(() => ({ ...saved()! })));
  const [busy, setBusy] = createSignal(false);
  const patch = () => {
    const base = saved();
    return base ? changes(base, values) : {};
  };
  const dirty = () => Object.keys(patch()).length > 0;

  // Someone else saved: show their values unless this form holds unsaved edits.
  let lastSeen = untrack(saved);
  createEffect(
    on(saved, (next) => {
      const prev = lastSeen;
      lastSeen = next;
      if (next && prev && Object.keys(changes(prev, values)).length === 0) {
        setValues(reconcile(next));
      }
    }),
  );

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!dirty() || busy() || !eventFieldsAreValid(values)) return;
    setBusy(true);
    const updated = await session.admin.updateEvent(patch());
    setBusy(false);
    if (updated) {
      setValues(reconcile(fieldsOf(updated)));
      showSuccess('admin.settingsSaved');
    }
  };

  return (
    <section class="card" aria-labelledby="settings-title">
      <form class="stack" onSubmit={submit}>
        <h2 id="settings-title" class="card__title">
          {t('admin.settingsTitle')}
        </h2>
        <EventFields values={values} setValues={setValues} />
        <div class="form-actions">
          <button
            type="button"
            class="button button--ghost"
            disabled={!dirty()}
            onClick={() => setValues(reconcile({ ...saved()! }))}
          >
            {t('common.reset')}
          </button>
          <button type="submit" class="button button--primary" disabled={!dirty() || busy()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
