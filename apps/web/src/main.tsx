import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './offline/registerServiceWorker';
import './styles/base.css';
import './styles/controls.css';
import './styles/statements.css';
import './styles/editor.css';
import './styles/document.css';
import './styles/workspace.css';
import './styles/import.css';
import './styles/review.css';
import './styles/panel.css';
import './styles/comments.css';
import './styles/threads.css';
import './styles/notifications.css';
import './styles/workflow.css';
import './styles/versions.css';
import './styles/drafting.css';
import './styles/coverage.css';
import './styles/meter.css';
import './styles/template.css';
import './styles/submissions.css';
import './styles/compilation.css';
import './styles/trash.css';
import './styles/languages.css';
import './styles/outcome.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
// Last: phone and tablet overrides of the layouts above.
import './styles/mobile.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

registerServiceWorker();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
