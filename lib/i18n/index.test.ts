import { describe, expect, it } from 'vitest';
import { defineMessages, getLang, setLang, t } from './index';

const m = defineMessages({
  hello: { id: 'Halo {name}, stok {n}', en: 'Hello {name}, stock {n}' },
});

describe('t', () => {
  it('fills placeholders in the chosen language', () => {
    expect(t(m.hello, { name: 'Kak Rina', n: 3 }, 'id')).toBe('Halo Kak Rina, stok 3');
    expect(t(m.hello, { name: 'Rina', n: 0 }, 'en')).toBe('Hello Rina, stock 0');
  });

  it('follows the current language and leaves unknown placeholders visible', () => {
    setLang('en');
    expect(getLang()).toBe('en');
    expect(t(m.hello, { name: 'A' })).toBe('Hello A, stock {n}');
    setLang('id');
  });
});
