import { createMemo, For, Show } from 'solid-js';
import { PHASES, phaseEffects, type PhaseEffect } from '../../../../../shared/phases';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { Dialog } from '../schedule/dialog';
import { agendaSummary } from './agenda-summary';
import type { PhaseChanger, PhaseRequest } from './phase-changer';
import '../../../styles/phase.css';

const LOSSES: ReadonlySet<PhaseEffect> = new Set([
  'hidesAgenda',
  'ends',
  'stopsPitching',
  'stopsVoting',
]);

/** The confirmation a phase change waits for, while there is one. */
export function PhaseDialog(props: { changer: PhaseChanger }) {
  return (
    <Show when={props.changer.asking()}>
      {(request) => (
        <PhaseConfirm
          request={request()}
          onConfirm={() => void props.changer.confirm()}
          onCancel={props.changer.cancel}
        />
      )}
    </Show>
  );
}

function titleOf({ from, to }: PhaseRequest, publishing: boolean): string {
  if (publishing && to === 'live') return t('phaseChange.titlePublish');
  if (to === 'closed') return t('phaseChange.titleClose');
  const back = PHASES.indexOf(to) < PHASES.indexOf(from);
  return t(back ? 'phaseChange.titleBack' : 'phaseChange.titleOn', { phase: t(`phase.${to}`) });
}

/** Says in plain words what participants will see and lose, before anything changes. */
function PhaseConfirm(props: {
  request: PhaseRequest;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const session = useAdminSession();
  const effects = () => phaseEffects(props.request.from, props.request.to);
  const publishing = () => effects().includes('showsAgenda');
  const summary = createMemo(() => agendaSummary(session));

  const sentence = (effect: PhaseEffect): string => {
    if (effect !== 'showsAgenda') return t(`phaseChange.${effect}`);
    const s = summary();
    if (s.sessions === 0) return t('phaseChange.emptyGrid');
    return t('phaseChange.showsAgenda', {
      sessions: t('phaseChange.sessions', { count: s.sessions }),
      rooms: t('phaseChange.rooms', { count: s.rooms }),
    });
  };
  /** Before publishing: what is not on the grid yet, and what the grid warns about. */
  const cautions = () => {
    if (!publishing()) return [];
    const s = summary();
    return [
      s.unplaced > 0 ? t('phaseChange.unplaced', { count: s.unplaced }) : null,
      s.warnings > 0 ? t('phaseChange.warnings', { count: s.warnings }) : null,
    ].filter((text): text is string => text !== null);
  };
  const confirmLabel = () => {
    const to = props.request.to;
    if (publishing() && to === 'live') return t('phaseChange.publish');
    if (to === 'closed') return t('phaseChange.confirmClose');
    return t('phaseChange.confirmSwitch', { phase: t(`phase.${to}`) });
  };
  // Publishing is what the facilitator came to do; taking things away starts on Cancel.
  const risky = () => effects().some((e) => LOSSES.has(e)) && !publishing();

  return (
    <Dialog
      title={titleOf(props.request, publishing())}
      lead={t('phaseChange.lead', {
        from: t(`phase.${props.request.from}`),
        to: t(`phase.${props.request.to}`),
      })}
      onClose={() => props.onCancel()}
      testId="phase-dialog"
      footer={
        <>
          <button
            type="button"
            class="button button--ghost"
            onClick={() => props.onCancel()}
            data-autofocus={risky() ? '' : undefined}
            data-testid="phase-cancel"
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            class="button"
            classList={{ 'button--primary': !risky(), 'button--danger': risky() }}
            onClick={() => props.onConfirm()}
            data-autofocus={risky() ? undefined : ''}
            data-testid="phase-confirm"
          >
            {confirmLabel()}
          </button>
        </>
      }
    >
      <ul class="phase-effects" data-testid="phase-effects">
        <For each={effects()}>
          {(effect) => (
            <li
              class="phase-effects__item"
              classList={{ 'phase-effects__item--loss': LOSSES.has(effect) }}
              data-effect={effect}
            >
              {sentence(effect)}
            </li>
          )}
        </For>
      </ul>
      <Show when={cautions().length > 0}>
        <ul class="callout callout--warning phase-cautions" data-testid="phase-cautions">
          <For each={cautions()}>{(text) => <li>{text}</li>}</For>
        </ul>
      </Show>
      <p class="phase-dialog__hint">{t('phaseChange.undoHint')}</p>
    </Dialog>
  );
}
