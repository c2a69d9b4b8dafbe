import { useSignals } from '@preact/signals-react/runtime';
import type { SendGuard } from '@/utils/content/send-guard';
import { traineeTip } from '@/utils/playbooks/trainee-tips';
import { settings, t } from '@/utils/state/settings';
import { SendGuardFindings } from './SendGuardFindings';

/** What the send guard found in a stopped send, with the one-click rewrites and the confirmation. */
export function SendGuardPanel({ api }: { api: SendGuard }) {
  useSignals();
  const tr = t.value;
  const guard = api.guard.value;
  if (!guard) return null;
  return (
    <SendGuardFindings
      guard={guard}
      labels={{
        blocked: tr('guard.blocked'),
        warned: tr('guard.warned'),
        confirm: tr('guard.confirm'),
        confirmed: tr('guard.confirmed'),
        remove: tr('guard.remove'),
        rewrite: (text) => tr('guard.rewrite', { text }),
        tip: tr('guard.tip'),
        fixAll: tr('guard.fixAll'),
        fixedLeft: (fixed, left) => tr('guard.fixedLeft', { fixed, left }),
      }}
      onRewrite={api.rewrite}
      onFixAll={api.fixAll}
      onConfirm={api.confirmSend}
      tip={settings.value.agent?.role === 'trainee' ? (ruleId) => traineeTip(ruleId, settings.value.uiLanguage) : undefined}
    />
  );
}
