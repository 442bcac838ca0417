import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { ToastRegion } from './components/toast-region';
import { AdminBoard } from './pages/admin/admin-board';
import { AdminPage } from './pages/admin/admin-page';
import { GridPage } from './pages/admin/grid/grid-page';
import { HomePage } from './pages/home/home-page';
import { JoinPage } from './pages/join/join-page';
import { NotFoundPage } from './pages/not-found-page';
import { ParticipantPage } from './pages/participant/participant-page';
import { ScreenPage } from './pages/screen/screen-page';

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
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
