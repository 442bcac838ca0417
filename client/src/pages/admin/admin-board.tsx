import { t } from '../../i18n';
import { AdminTabs } from './grid/admin-tabs';
import { AdminProposals } from './admin-proposals';
import { ExportSection } from './export-section';
import { PhaseSection } from './phase-section';
import { RoomsSection } from './rooms-section';
import { SettingsSection } from './settings-section';
import { ShareSection } from './share-section';
import { SlotsSection } from './slots-section';

/**
 * The facilitator's desk. Wide screens: set-up on the left, the proposals on the right. On one
 * column the order follows the day instead: share, phase, proposals, then the set-up.
 */
export function AdminBoard() {
  return (
    <main class="page page--wide">
      <AdminTabs />
      <p class="eyebrow">{t('admin.eyebrow')}</p>
      <div class="admin-grid">
        <div class="admin-grid__column">
          <div class="admin-grid__item admin-grid__item--1">
            <ShareSection />
          </div>
          <div class="admin-grid__item admin-grid__item--2">
            <PhaseSection />
          </div>
          <div class="admin-grid__item admin-grid__item--4">
            <RoomsSection />
          </div>
          <div class="admin-grid__item admin-grid__item--5">
            <SlotsSection />
          </div>
          <div class="admin-grid__item admin-grid__item--6">
            <SettingsSection />
          </div>
          <div class="admin-grid__item admin-grid__item--7">
            <ExportSection />
          </div>
        </div>
        <div class="admin-grid__column">
          <div class="admin-grid__item admin-grid__item--3">
            <AdminProposals />
          </div>
        </div>
      </div>
    </main>
  );
}
