import { createUniqueId, For } from 'solid-js';
import type { SuggestMode } from '../../../../../shared/suggest-modes';
import { t, type MessageKey } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';

const MODES: { mode: SuggestMode; title: MessageKey; body: MessageKey }[] = [
  { mode: 'fill', title: 'schedule.fillTitle', body: 'schedule.fillBody' },
  { mode: 'replan', title: 'schedule.replanTitle', body: 'schedule.replanBody' },
];

const TIMES: { seconds: number; label: MessageKey }[] = [
  { seconds: 1, label: 'schedule.quick' },
  { seconds: 3, label: 'schedule.longer' },
];

/** The first step of Suggest schedule: how much may change, and how long to think. */
export function SuggestOptions(props: {
  mode: SuggestMode;
  onMode: (mode: SuggestMode) => void;
  seconds: number;
  onSeconds: (seconds: number) => void;
}) {
  const session = useAdminSession();
  const name = createUniqueId();
  const pinned = () => session.state.placements.filter((p) => p.pinned).length;
  const placed = () => session.state.placements.length;
  return (
    <div class="stack">
      <fieldset class="field">
        <legend class="field__label">{t('schedule.modeLegend')}</legend>
        <div class="choice-cards">
          <For each={MODES}>
            {(m) => (
              <label class="choice-card" data-testid={`suggest-mode-${m.mode}`}>
                <input
                  type="radio"
                  class="choice-card__input"
                  name={`${name}-mode`}
                  value={m.mode}
                  checked={props.mode === m.mode}
                  onChange={() => props.onMode(m.mode)}
                  data-autofocus={props.mode === m.mode ? '' : undefined}
                />
                <span class="choice-card__text">
                  <span class="choice-card__title">{t(m.title)}</span>
                  <span class="choice-card__body">{t(m.body)}</span>
                  <span class="choice-card__meta">
                    {m.mode === 'fill'
                      ? t('schedule.fillMeta', { count: placed() })
                      : t('schedule.replanMeta', { count: pinned() })}
                  </span>
                </span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <fieldset class="field">
        <legend class="field__label">{t('schedule.timeLegend')}</legend>
        <div class="chips">
          <For each={TIMES}>
            {(time) => (
              <label class="chip">
                <input
                  type="radio"
                  class="chip__input"
                  name={`${name}-time`}
                  checked={props.seconds === time.seconds}
                  onChange={() => props.onSeconds(time.seconds)}
                  data-testid={`suggest-seconds-${time.seconds}`}
                />
                <span class="chip__label">{t(time.label)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
