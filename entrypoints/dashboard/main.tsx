import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/dashboard/dashboard.css';
import { connectActionLogToBackground } from '@/utils/state/action-log-sender';
import { AppDB } from '@/utils/db/app-db';
import { openMergedDb } from '@/utils/db/merged-log';
import { hydrateSettings } from '@/utils/state/settings';
import { hydrateTeam } from '@/utils/state/team';

connectActionLogToBackground();
hydrateSettings();
hydrateTeam();
// The two databases are opened once here and handed down; no component opens one.
const ownDb = new AppDB();
const mergedDb = openMergedDb();
createRoot(document.getElementById('root')!).render(<Dashboard ownDb={ownDb} mergedDb={mergedDb} />);
