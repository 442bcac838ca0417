import { PublicSnapshotPage } from '../../components/public-snapshot-page';
import { addMessages } from '../../i18n';
import { doorsMessages } from '../../i18n/doors';
import { DoorsView } from './doors-view';
import '../../styles/doors.css';

addMessages(doorsMessages);

/**
 * The door sheets (issue 10 §3) at /doors/<join code>: one A4 page per room, to print and tape
 * beside its door. Public like the proceedings, and read the same way (the public snapshot,
 * once), so they appear only once the agenda is published.
 */
export function DoorsPage() {
  return (
    <PublicSnapshotPage loadFailed="doors.loadFailed">
      {(snapshot) => <DoorsView snapshot={snapshot()} />}
    </PublicSnapshotPage>
  );
}
