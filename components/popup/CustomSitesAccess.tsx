import { useEffect, useState } from 'react';
import { browser } from '#imports';
import type { CustomSite } from '@/utils/model';
import { originPattern } from '@/utils/sites/custom';
import { customSitesStore } from '@/utils/storage';
import { t } from '@/utils/state/settings';

/** Origins of the team's custom sites this browser has not allowed yet (the panel cannot open there until it does). */
async function notAllowed(sites: readonly CustomSite[]): Promise<{ name: string; origin: string }[]> {
  const origins = sites.flatMap((s) => s.pages.map((p) => ({ name: s.name, origin: originPattern(p.urlPattern) })));
  const unique = origins.filter((o, i) => origins.findIndex((x) => x.origin === o.origin) === i);
  const granted = await Promise.all(unique.map((o) => browser.permissions.contains({ origins: [o.origin] }).catch(() => false)));
  return unique.filter((_, i) => !granted[i]);
}

/** The team's policy names backends a lead taught: one click per site allows the extension there. */
export function CustomSitesAccess() {
  const tr = t.value;
  const [missing, setMissing] = useState<{ name: string; origin: string }[]>([]);
  const refresh = () => void customSitesStore.load().then(notAllowed).then(setMissing);
  useEffect(refresh, []);
  if (missing.length === 0) return null;
  return (
    <section className="popup-teach" data-testid="popup-custom-access">
      <p className="popup-status">{tr('popup.customAccessHint')}</p>
      {missing.map(({ name, origin }) => (
        <button
          key={origin}
          type="button"
          onClick={() =>
            void browser.permissions
              .request({ origins: [origin] })
              .catch(() => false)
              .then(refresh)
          }
          data-origin={origin}
        >
          {tr('popup.customAccessAllow', { name, host: new URL(origin.slice(0, -1)).host })}
        </button>
      ))}
    </section>
  );
}
