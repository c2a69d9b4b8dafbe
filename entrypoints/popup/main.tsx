import { createRoot } from 'react-dom/client';
import { DailyReport } from '@/components/popup/DailyReport';
import { Handover } from '@/components/popup/Handover';
import { SettingsForm } from '@/components/popup/SettingsForm';
import { CustomSitesAccess } from '@/components/popup/CustomSitesAccess';
import { TeachThisPage } from '@/components/popup/TeachThisPage';
import { TeamJoin } from '@/components/popup/TeamJoin';
import { TeamSyncSettings } from '@/components/popup/TeamSyncSettings';
import '@/components/popup/popup.css';
import { exposeForSoakTest } from '@/utils/log/e2e-hook';
import { connectActionLogToBackground } from '@/utils/state/action-log-sender';
import { hydrateSettings } from '@/utils/state/settings';
import { hydrateTeam } from '@/utils/state/team';

connectActionLogToBackground();
exposeForSoakTest();
hydrateSettings();
hydrateTeam();
createRoot(document.getElementById('root')!).render(
  <>
    <TeachThisPage />
    <CustomSitesAccess />
    <SettingsForm />
    <TeamJoin />
    <TeamSyncSettings />
    <Handover />
    <DailyReport />
  </>,
);
