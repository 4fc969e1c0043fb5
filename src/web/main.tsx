// Entry point of the web UI: language first, then the React tree.
import './i18n';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(<App />);
