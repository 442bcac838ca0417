import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import { t } from '../../../i18n';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether a proposal matches what was typed: title or host, without case or accents. */
export function matchesSearch(proposal: Proposal, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${proposal.title} ${proposal.hosts.join(' ')}`);
  return words.every((w) => haystack.includes(w));
}

const byDots = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || a.title.localeCompare(b.title);

/**
 * Pick one proposal: a search field over a radio list, so arrow keys, Tab and screen readers
 * work as with any radio group. Proposals in `disabled` show why they cannot be picked.
 */
export function ProposalPicker(props: {
  label: string;
  proposals: readonly Proposal[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** proposalId → why it cannot be chosen. */
  disabled?: ReadonlyMap<string, string>;
  autofocus?: boolean;
  testId?: string;
}) {
  const [query, setQuery] = createSignal('');
  const name = createUniqueId();
  const searchId = createUniqueId();
  const shown = createMemo(() =>
    props.proposals.filter((p) => matchesSearch(p, query())).sort(byDots),
  );

  return (
    <div class="picker" data-testid={props.testId}>
      <label class="field__label" for={searchId}>
        {props.label}
      </label>
      <input
        id={searchId}
        class="input picker__search"
        type="search"
        autocomplete="off"
        placeholder={t('schedule.pickerSearch')}
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
        data-autofocus={props.autofocus ? '' : undefined}
        data-testid="picker-search"
      />
      <div class="picker__list" role="radiogroup" aria-label={props.label}>
        <For each={shown()} fallback={<p class="picker__empty">{t('schedule.pickerNone')}</p>}>
          {(proposal) => {
            const why = () => props.disabled?.get(proposal.id);
            return (
              <label
                class="picker__option"
                classList={{
                  'picker__option--selected': props.selected === proposal.id,
                  'picker__option--disabled': !!why(),
                }}
                data-testid="picker-option"
                data-proposal-id={proposal.id}
              >
                <input
                  type="radio"
                  class="picker__radio"
                  name={name}
                  value={proposal.id}
                  checked={props.selected === proposal.id}
                  disabled={!!why()}
                  onChange={() => props.onSelect(proposal.id)}
                />
                <span class="picker__text">
                  <span class="picker__title">{proposal.title}</span>
                  <span class="picker__meta">
                    <Show when={proposal.hosts.length > 0}>
                      <span class="picker__hosts">{proposal.hosts.join(', ')}</span>
                    </Show>
                    <Show when={proposal.hidden}>
                      <span class="tag tag--hidden">{t('card.hidden')}</span>
                    </Show>
                    <Show when={why()}>
                      <span class="picker__why">{why()}</span>
                    </Show>
                  </span>
                </span>
                <span class="picker__dots">
                  <span class="dot dot--small" aria-hidden="true" />
                  {t('tally.dots', { count: proposal.dots ?? 0 })}
                </span>
              </label>
            );
          }}
        </For>
      </div>
    </div>
  );
}
