import { playbookConfigSchema, playbookListSchema } from './model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from './playbooks/default-playbooks';
import { validatedItem } from './validated-item';

/** The lead's playbook numbers and mandatory list; the seed figures until changed in the dashboard. */
export const playbookConfigStore = validatedItem('local:playbookConfig', playbookConfigSchema, DEFAULT_PLAYBOOK_CONFIG);

/** The playbooks themselves, as the lead last saved them; our default set until then. */
export const playbooksStore = validatedItem('local:playbooks', playbookListSchema, DEFAULT_PLAYBOOKS);
