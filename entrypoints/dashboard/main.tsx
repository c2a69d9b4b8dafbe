import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/dashboard/dashboard.css';
import { connectActionLogToBackground } from '@/utils/log/extension-sender';
import { hydrateSettings } from '@/utils/state/settings';

connectActionLogToBackground();
hydrateSettings();
createRoot(document.getElementById('root')!).render(<Dashboard />);
