import { PublicSnapshotPage } from '../../components/public-snapshot-page';
import { addMessages } from '../../i18n';
import { proceedingsMessages } from '../../i18n/proceedings';
import { ProceedingsView } from './proceedings-view';
import '../../styles/proceedings.css';

addMessages(proceedingsMessages);

/**
 * The proceedings (issue 10 §2) at /proceedings/<join code>: every session of the published
 * agenda on one page, to read on a phone or print, from the public snapshot. Notes per session
 * come with issue 10 §1; their place is ready under each session (proceedings-session.tsx), and
 * each session's anchor (#session-<id>) is where the door sheets' QR codes lead.
 */
export function ProceedingsPage() {
  return (
    <PublicSnapshotPage loadFailed="proceedings.loadFailed">
      {(snapshot) => <ProceedingsView snapshot={snapshot()} />}
    </PublicSnapshotPage>
  );
}
