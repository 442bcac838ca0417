import { createResource } from 'solid-js';
import { agendaVisible } from '../../../../shared/phases';
import type { Snapshot } from '../../../../shared/schemas/snapshot';
import { fetchEventNotes } from '../../api/notes-endpoints';
import { PublicSnapshotPage } from '../../components/public-snapshot-page';
import { addMessages } from '../../i18n';
import { notesMessages } from '../../i18n/notes';
import { proceedingsMessages } from '../../i18n/proceedings';
import { ProceedingsView } from './proceedings-view';
import '../../styles/proceedings.css';

addMessages(proceedingsMessages);
addMessages(notesMessages);

/**
 * The proceedings (issue 10 §2) at /proceedings/<join code>: every session of the published
 * agenda on one page, to read on a phone or print, from the public snapshot, each session with
 * its notes (issue 10 §1) under its pitch.
 */
export function ProceedingsPage() {
  return (
    <PublicSnapshotPage loadFailed="proceedings.loadFailed">
      {(snapshot) => <ProceedingsWithNotes snapshot={snapshot()} />}
    </PublicSnapshotPage>
  );
}

/** The sessions show at once; their notes follow, and a failure to fetch them leaves them out. */
function ProceedingsWithNotes(props: { snapshot: Snapshot }) {
  const published = () => {
    const { event } = props.snapshot;
    return agendaVisible(event.phase, 'participant') ? event.id : undefined;
  };
  const [notes] = createResource(published, fetchEventNotes);
  const list = () => (notes.error ? [] : (notes()?.notes ?? []));
  return <ProceedingsView snapshot={props.snapshot} notes={list()} />;
}
