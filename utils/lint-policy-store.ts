import { DEFAULT_LINT_POLICY } from './lint/default-policy';
import { lintPolicySchema } from './model';
import { validatedItem } from './validated-item';

/** The send-guard policy a lead edits in the dashboard; the default policy until then. */
const lintPolicy = validatedItem('local:lintPolicy', lintPolicySchema, DEFAULT_LINT_POLICY);

export const { load: loadLintPolicy, save: saveLintPolicy, follow: followLintPolicy } = lintPolicy;
