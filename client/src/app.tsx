import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy } from 'solid-js';
import { ToastRegion } from './components/toast-region';
import { JoinPage } from './pages/join/join-page';
import { NotFoundPage } from './pages/not-found-page';
import { ParticipantPage } from './pages/participant/participant-page';

// The entry chunk holds what a phone from the QR code needs: the join and participant pages.
// Every other screen is a chunk of its own, loaded when its route opens, so the phone never
// downloads the facilitator's board and grid, the projector, the proceedings, the notes, the door
// sheets or the create form.
const HomePage = lazy(() =>
  import('./pages/home/home-page').then((m) => ({ default: m.HomePage })),
);
const AdminPage = lazy(() =>
  import('./pages/admin/admin-page').then((m) => ({ default: m.AdminPage })),
);
const AdminBoard = lazy(() =>
  import('./pages/admin/admin-board').then((m) => ({ default: m.AdminBoard })),
);
const GridPage = lazy(() =>
  import('./pages/admin/grid/grid-page').then((m) => ({ default: m.GridPage })),
);
const ScreenPage = lazy(() =>
  import('./pages/screen/screen-page').then((m) => ({ default: m.ScreenPage })),
);
const ProceedingsPage = lazy(() =>
  import('./pages/proceedings/proceedings-page').then((m) => ({ default: m.ProceedingsPage })),
);
const NotesPage = lazy(() =>
  import('./pages/notes/notes-page').then((m) => ({ default: m.NotesPage })),
);

const DoorsPage = lazy(() =>
  import('./pages/doors/doors-page').then((m) => ({ default: m.DoorsPage })),
);

function Shell(props: RouteSectionProps) {
  return (
    <>
      {props.children}
      <ToastRegion />
    </>
  );
}

export function App() {
  return (
    <Router root={Shell}>
      <Route path="/" component={HomePage} />
      <Route path="/join/:code?" component={JoinPage} />
      <Route path="/e/:eventId" component={ParticipantPage} />
      <Route path="/admin/:eventId" component={AdminPage}>
        <Route path="/" component={AdminBoard} />
        <Route path="/grid" component={GridPage} />
      </Route>
      <Route path="/screen/:code" component={ScreenPage} />
      <Route path="/proceedings/:code" component={ProceedingsPage} />
      <Route path="/doors/:code" component={DoorsPage} />
      <Route path="/notes/:code/:proposalId" component={NotesPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
