import { createSignal, createUniqueId, For, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { FORMATS, type Format } from '../../../../shared/formats';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { checkName, checkOptionalName, checkText } from '../../../../shared/text-input';
import { TextHint } from '../../components/text-hint';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { showSuccess } from '../../stores/toasts';

const TITLE_MAX = 120;
const DESCRIPTION_MAX = 2000;
const HOSTS_MAX = 6;
const HOST_MAX = 60;

const parseHosts = (text: string) =>
  text
    .split(',')
    .map((h) => h.trim().slice(0, HOST_MAX))
    .filter((h) => h.length > 0)
    .slice(0, HOSTS_MAX);

/** Pitch a new session, or edit one (`proposal` given). Quick to fill in on a phone. */
export function PitchForm(props: {
  proposal?: Proposal;
  defaultHost?: string | null;
  onDone: () => void;
}) {
  const session = useSession();
  const id = createUniqueId();
  // Starts from the proposal as it is now; later pushes do not overwrite what is being typed.
  const [form, setForm] = createStore(
    untrack(() => ({
      title: props.proposal?.title ?? '',
      description: props.proposal?.description ?? '',
      hosts: props.proposal ? props.proposal.hosts.join(', ') : (props.defaultHost ?? ''),
      format: props.proposal?.format ?? ('discussion' as Format),
    })),
  );
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
    props.onDone();
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
          maxLength={TITLE_MAX}
          placeholder={t('pitch.titlePlaceholder')}
          required
          autofocus
        />
        <TextHint check={title()} />
        <p class="field__hint field__hint--end">
          {t('pitch.chars', { n: form.title.length, max: TITLE_MAX })}
        </p>
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
          maxLength={DESCRIPTION_MAX}
          rows={4}
          placeholder={t('pitch.descriptionPlaceholder')}
        />
        <TextHint check={description()} />
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
        <button type="button" class="button button--ghost" onClick={() => props.onDone()}>
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
