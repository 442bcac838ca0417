import { batch } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import type { AdminView, BallotWire, Snapshot } from '../../../shared/schemas/snapshot';

/**
 * What only facilitators see: who voted on what (the grid's warnings and score come from it),
 * the "not in parallel" pairs, whether undo and redo have something to do, and stars.
 */
export function createAdminStore() {
  const [state, setState] = createStore<AdminView>({
    ballots: [],
    avoidPairs: [],
    canUndo: false,
    canRedo: false,
    stars: {},
  });

  return {
    state,

    loadSnapshot(s: Snapshot) {
      if (!s.admin) return;
      const admin = s.admin;
      batch(() => {
        setState('ballots', reconcile(admin.ballots));
        setState('avoidPairs', reconcile(admin.avoidPairs));
        setState({ canUndo: admin.canUndo, canRedo: admin.canRedo });
        setState('stars', reconcile(admin.stars));
      });
    },

    /** dots 0 means the participant took their dots off that proposal. */
    applyBallots: (changes: readonly BallotWire[]) =>
      setState(
        'ballots',
        produce((list) => {
          for (const c of changes) {
            const i = list.findIndex(
              (b) => b.participantId === c.participantId && b.proposalId === c.proposalId,
            );
            if (c.dots === 0) {
              if (i !== -1) list.splice(i, 1);
            } else if (i === -1) list.push({ ...c });
            else list[i]!.dots = c.dots;
          }
        }),
      ),

    setHistory: (h: { canUndo: boolean; canRedo: boolean }) => setState(h),

    setStars: (proposalId: string, stars: number) => setState('stars', proposalId, stars),

    setAvoidPairs: (pairs: [string, string][]) => setState('avoidPairs', reconcile(pairs)),
  };
}

export type AdminStore = ReturnType<typeof createAdminStore>;
