import { createMemo, For, Show } from 'solid-js';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { PitchPanel } from '../participant/pitch-panel';
import { AdminProposal } from './admin-proposal';

const byDots = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || a.createdAt.localeCompare(b.createdAt);

export function AdminProposals() {
  const session = useAdminSession();
  const sorted = createMemo(() => [...session.state.proposals].sort(byDots));
  const hidden = () => session.state.proposals.filter((p) => p.hidden).length;
  const dots = () => session.state.proposals.reduce((sum, p) => sum + (p.dots ?? 0), 0);

  return (
    <section class="stack" aria-labelledby="admin-proposals-title" data-testid="admin-proposals">
      <div class="section-head">
        <h2 id="admin-proposals-title" class="section-title">
          {t('admin.proposalsTitle')}
        </h2>
        <span class="section-head__meta">
          {t('admin.proposalsSummary', {
            count: session.state.proposals.length,
            dots: dots(),
            hidden: hidden(),
          })}
        </span>
      </div>
      <PitchPanel />
      <Show
        when={sorted().length > 0}
        fallback={<p class="empty-state card">{t('admin.proposalsEmpty')}</p>}
      >
        <ul class="cards" role="list">
          <For each={sorted()}>
            {(proposal) => (
              <li>
                <AdminProposal proposal={proposal} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
