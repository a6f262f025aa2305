import { describe, expect, it } from 'vitest';
import { ENGLISH, loadTranslator } from './translator';

describe('translators', () => {
  it('speak English by default', () => {
    expect(ENGLISH.t('ui.badge.title', { count: 2 })).toBe('2 send errors on this page');
  });

  it('load another language on demand', async () => {
    const ru = await loadTranslator('ru');
    expect(ru.locale).toBe('ru');
    expect(ru.t('ui.badge.title', { count: 3 })).toBe('3 ошибки отправки на этой странице');
    expect(ru.t('ui.badge.title', { count: 5 })).toBe('5 ошибок отправки на этой странице');
  });
});
