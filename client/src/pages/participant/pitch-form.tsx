import { createEffect, createSignal, createUniqueId, For, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { FORMATS, type Format } from '../../../../shared/formats';
import { PROPOSAL_LIMITS as LIMITS } from '../../../../shared/proposal-limits';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { checkName, checkOptionalName, checkText } from '../../../../shared/text-input';
import { CharCounter } from '../../components/char-counter';
import { TextHint } from '../../components/text-hint';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { clearDraft, readDraft, saveDraft } from '../../stores/pitch-draft';
import { showSuccess } from '../../stores/toasts';

const parseHosts = (text: string) =>
  text
    .split(',')
    .map((h) => h.trim().slice(0, LIMITS.host))
    .filter((h) => h.length > 0)
    .slice(0, LIMITS.hosts);

/**
 * Pitch a new session, or edit one (`proposal` given). Quick to fill in on a phone. A new pitch
 * is kept as a draft for this event while it is typed, until it is sent or cancelled.
 */
export function PitchForm(props: {
  proposal?: Proposal;
  defaultHost?: string | null;
  onDone: () => void;
}) {
  const session = useSession();
  const id = createUniqueId();
  const drafting = untrack(() => !props.proposal);
  // Starts from the proposal as it is now (or the draft); later pushes do not overwrite what
  // is being typed.
  const [form, setForm] = createStore(
    untrack(
      () =>
        (drafting && readDraft(session.eventId)) || {
          title: props.proposal?.title ?? '',
          description: props.proposal?.description ?? '',
          hosts: props.proposal ? props.proposal.hosts.join(', ') : (props.defaultHost ?? ''),
          format: props.proposal?.format ?? ('discussion' as Format),
        },
    ),
  );
  if (drafting) createEffect(() => saveDraft(session.eventId, { ...form }));
  const close = () => {
    if (drafting) clearDraft(session.eventId);
    props.onDone();
  };
  const [busy, setBusy] = createSignal(false);
  const title = () => checkName(form.title);
  const description = () => checkText(form.description);
  // One line of names: a character that is not text in any of them shows here.
  const hosts = () => checkOptionalName(form.hosts);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const [ti, de] = [title(), description()];
    if (!ti.ok || !de.ok || !hosts().ok || busy()) return;
    const input = {
      title: ti.value,
      description: de.value,
      hosts: parseHosts(form.hosts),
      format: form.format,
    };
    setBusy(true);
    const saved = props.proposal
      ? await session.editProposal(props.proposal.id, input)
      : await session.pitch(input);
    setBusy(false);
    if (!saved) return;
    if (!props.proposal) showSuccess('pitch.sent');
    close();
  };

  return (
    <form class="pitch-form stack" onSubmit={submit} data-testid="pitch-form">
      <div class="field">
        <label class="field__label" for={`${id}-title`}>
          {t('pitch.title')}
        </label>
        <input
          id={`${id}-title`}
          class="input"
          value={form.title}
          onInput={(e) => setForm('title', e.currentTarget.value)}
          maxLength={LIMITS.title}
          placeholder={t('pitch.titlePlaceholder')}
          required
          autofocus
        />
        <TextHint check={title()} />
        <CharCounter length={form.title.length} max={LIMITS.title} testId="title-count" />
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-description`}>
          {t('pitch.description')}
        </label>
        <textarea
          id={`${id}-description`}
          class="input input--textarea"
          value={form.description}
          onInput={(e) => setForm('description', e.currentTarget.value)}
          maxLength={LIMITS.description}
          rows={4}
          placeholder={t('pitch.descriptionPlaceholder')}
        />
        <TextHint check={description()} />
        <CharCounter
          length={form.description.length}
          max={LIMITS.description}
          testId="description-count"
        />
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-hosts`}>
          {t('pitch.hosts')}
        </label>
        <input
          id={`${id}-hosts`}
          class="input"
          value={form.hosts}
          onInput={(e) => setForm('hosts', e.currentTarget.value)}
          autocomplete="name"
        />
        <TextHint check={hosts()} />
        <p class="field__hint">{t('pitch.hostsHint')}</p>
      </div>
      <fieldset class="field">
        <legend class="field__label">{t('pitch.format')}</legend>
        <div class="chips">
          <For each={FORMATS}>
            {(format) => (
              <label class="chip">
                <input
                  type="radio"
                  class="chip__input"
                  name={`${id}-format`}
                  value={format}
                  checked={form.format === format}
                  onChange={() => setForm('format', format)}
                />
                <span class="chip__label">{t(`format.${format}`)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <div class="form-actions">
        <button
          type="button"
          class="button button--ghost"
          onClick={close}
          data-testid="pitch-cancel"
        >
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          class="button button--primary"
          disabled={busy() || !title().ok || !description().ok || !hosts().ok}
          data-testid="pitch-submit"
        >
          {props.proposal ? t('pitch.save') : t('pitch.submit')}
        </button>
      </div>
    </form>
  );
}
