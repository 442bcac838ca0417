import { render } from 'solid-js/web';
import { App } from './app';
import { registerWorker } from './offline/register-worker';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/controls.css';
import './styles/components.css';
import './styles/toasts.css';
// Each page imports its own styles, so they split with its chunk.

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
render(() => <App />, root);
registerWorker();
