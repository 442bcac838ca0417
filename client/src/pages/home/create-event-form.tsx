import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { createEvent } from '../../api/endpoints';
import type { CreatedEvent, CreateEvent } from '../../../../shared/schemas/event';
import {
  EventFields,
  eventFieldsAreValid,
  type EventFieldValues,
} from '../../components/event-fields';
import { locale, t } from '../../i18n';
import { attempt } from '../../session/attempt';
import { rememberEvent } from '../../stores/my-events';
import { saveToken } from '../../stores/tokens';
import { browserTimeZone } from '../../components/timezone-field';

export function CreateEventForm(props: { onCreated: (created: CreatedEvent) => void }) {
  const [values, setValues] = createStore<EventFieldValues>({
    name: '',
    date: '',
    timezone: browserTimeZone(),
    language: locale(),
    dotsPerParticipant: 5,
    maxDotsPerProposal: 3,
    blindVoting: false,
  });
  const [busy, setBusy] = createSignal(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!eventFieldsAreValid(values) || busy()) return;
    const input: CreateEvent = {
      name: values.name.trim(),
      ...(values.date ? { date: values.date } : {}),
      timezone: values.timezone,
      language: values.language,
      dotsPerParticipant: values.dotsPerParticipant,
      maxDotsPerProposal: values.maxDotsPerProposal,
      blindVoting: values.blindVoting,
    };
    setBusy(true);
    const created = await attempt(() => createEvent(input));
    setBusy(false);
    if (!created) return;
    saveToken('admin', created.event.id, created.adminToken);
    rememberEvent('admin', created.event.id, created.event);
    props.onCreated(created);
  };

  return (
    <form class="stack" onSubmit={submit} data-testid="create-event-form">
      <div>
        <h2 class="card__title">{t('create.title')}</h2>
        <p class="card__lead">{t('create.lead')}</p>
      </div>
      <EventFields values={values} setValues={setValues} />
      <button type="submit" class="button button--primary button--block" disabled={busy()}>
        {busy() ? t('create.creating') : t('create.submit')}
      </button>
    </form>
  );
}
