import { playbookConfigSchema } from './model';
import { DEFAULT_PLAYBOOK_CONFIG } from './playbooks/default-playbooks';
import { validatedItem } from './validated-item';

/** The lead's playbook numbers and mandatory list; the seed figures until changed in the dashboard. */
export const playbookConfigStore = validatedItem('local:playbookConfig', playbookConfigSchema, DEFAULT_PLAYBOOK_CONFIG);
