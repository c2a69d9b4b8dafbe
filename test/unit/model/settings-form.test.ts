import { describe, expect, it } from 'vitest';
import { en, zhCN } from '@/utils/i18n/messages';
import { translate } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { changedSettings, settingsFromForm } from '@/utils/settings-form';

describe('settings form', () => {
  it('names each invalid field', () => {
    const result = settingsFromForm(DEFAULT_SETTINGS, { name: '', staffId: '工号1', role: 'agent', shop: '' }, DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: false, errors: { name: 'popup.error.name', staffId: 'popup.error.staffId', shop: 'popup.error.shop' } });
  });

  it('builds valid settings and lists what changed', () => {
    const result = settingsFromForm(
      DEFAULT_SETTINGS,
      { name: '王小明', staffId: '1024', role: 'lead', shop: '鲜果小铺' },
      { uiLanguage: 'en', sites: { pinduoduo: true, douyin: false }, hotkey: 'ctrl+shift' },
    );
    if (!result.ok) throw new Error('expected valid');
    expect(result.settings.agent?.staffId).toBe('1024');
    expect(changedSettings(DEFAULT_SETTINGS, result.settings).sort()).toEqual(['agent', 'hotkey', 'sites', 'uiLanguage']);
  });
});

describe('i18n', () => {
  it('has the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'panel.messages', { count: 3 })).toBe('本页消息 3 条');
    expect(translate('en', 'panel.messages')).toBe('{count} messages on this page');
  });
});
