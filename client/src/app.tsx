import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy } from 'solid-js';
import { ToastRegion } from './components/toast-region';
import { NotFoundPage } from './pages/not-found-page';

// One chunk per screen: a phone that follows the QR code loads the join and participant pages
// only, never the facilitator's board and grid, the projector or the create form.
const HomePage = lazy(() =>
  import('./pages/home/home-page').then((m) => ({ default: m.HomePage })),
);
const JoinPage = lazy(() =>
  import('./pages/join/join-page').then((m) => ({ default: m.JoinPage })),
);
const ParticipantPage = lazy(() =>
  import('./pages/participant/participant-page').then((m) => ({ default: m.ParticipantPage })),
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
      {/* The join page leads to the participant page: fetch it while the join request runs. */}
      <Route
        path="/join/:code?"
        component={JoinPage}
        preload={() => void ParticipantPage.preload()}
      />
      <Route path="/e/:eventId" component={ParticipantPage} />
      <Route path="/admin/:eventId" component={AdminPage}>
        <Route path="/" component={AdminBoard} />
        <Route path="/grid" component={GridPage} />
      </Route>
      <Route path="/screen/:code" component={ScreenPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
