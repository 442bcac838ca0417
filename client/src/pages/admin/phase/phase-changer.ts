import { createSignal } from 'solid-js';
import { phaseChangeNeedsConfirm, type Phase } from '../../../../../shared/phases';
import { t } from '../../../i18n';
import type { AdminSession } from '../../../session/admin-session';
import { showActionToast } from '../schedule/action-toasts';

export interface PhaseRequest {
  from: Phase;
  to: Phase;
}

/**
 * Changing the phase, the same on every facilitator page: a change that takes something away
 * from participants, or publishes the agenda, waits for a confirmation; every change then offers
 * an undo for a few seconds.
 *
 * The undo is a toast of its own, not a step in the grid's Ctrl+Z history: that history is
 * shared by every facilitator and holds grid edits only, so a phase change in it would be undone
 * by someone pressing Ctrl+Z for a card they just moved.
 */
export function createPhaseChanger(session: AdminSession) {
  const [asking, setAsking] = createSignal<PhaseRequest | null>(null);
  const [busy, setBusy] = createSignal(false);

  function offerUndo({ from, to }: PhaseRequest) {
    showActionToast(
      () => t('phaseChange.done', { phase: t(`phase.${to}`) }),
      () => t('phaseChange.undo'),
      // Made against `to`: if another facilitator moved the phase on since, the server refuses
      // it, the toast says so and goes, and their change stands.
      async () => (await session.admin.changePhase(to, from)) !== 'failed',
    );
  }

  async function apply(request: PhaseRequest) {
    setBusy(true);
    const result = await session.admin.changePhase(request.from, request.to);
    setBusy(false);
    if (result === 'done') offerUndo(request);
  }

  return {
    /** The change waiting for a confirmation, if any. */
    asking,
    /** While a change is on its way; further requests wait for it (the buttons keep focus). */
    busy,
    request(to: Phase) {
      const from = session.state.event?.phase;
      if (!from || from === to || busy()) return;
      if (phaseChangeNeedsConfirm(from, to)) setAsking({ from, to });
      else void apply({ from, to });
    },
    async confirm() {
      const request = asking();
      if (!request) return;
      setAsking(null);
      await apply(request);
    },
    cancel: () => setAsking(null),
  };
}

export type PhaseChanger = ReturnType<typeof createPhaseChanger>;
