import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
