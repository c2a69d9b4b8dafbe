import { createRoot } from 'react-dom/client';
import { TeamSetup } from '@/components/setup/TeamSetup';
import '@/components/dashboard/dashboard.css';
import { hydrateSettings } from '@/utils/state/settings';
import { hydrateTeam } from '@/utils/state/team';

hydrateSettings();
hydrateTeam();
createRoot(document.getElementById('root')!).render(<TeamSetup />);
