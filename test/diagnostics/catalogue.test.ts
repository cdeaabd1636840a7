import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/diagnostics/catalogue/index.js';
import { messageLanguage, messageLanguages, placeholders, say } from '../../src/diagnostics/say.js';

const entries = Object.entries(catalogue).flatMap(([stage, messages]) => Object.entries(messages).map(([name, entry]) => [`${stage}.${name}`, entry] as const));

describe('the message catalogue', () => {
  it('has every message in Chinese and English, with the same placeholders', () => {
    for (const [name, entry] of entries) {
      for (const lang of messageLanguages) expect(entry[lang]?.trim(), `${name} in ${lang}`).toBeTruthy();
      expect(placeholders(entry['zh-CN']), name).toEqual(placeholders(entry.en));
    }
  });

  it('has its Chinese in Chinese', () => {
    for (const [name, entry] of entries) {
      // An entry made only of a placeholder and punctuation needs no translation.
      if (/[A-Za-z]{3}/.test(entry.en.replace(/\{\w+\}/g, ''))) expect(entry['zh-CN'], name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fills the placeholders in every language', () => {
    expect(say({ en: 'page {page} of {count}', 'zh-CN': '第 {page} 页，共 {count} 页' }, { page: 2, count: 3 })).toEqual({ en: 'page 2 of 3', 'zh-CN': '第 2 页，共 3 页' });
  });
});

describe('the language of messages', () => {
  it('is --messages, else LEAFLET_MESSAGES, else the brand’s, else Chinese', () => {
    expect(messageLanguage('en', 'zh-CN', 'zh-CN')).toBe('en');
    expect(messageLanguage(undefined, 'EN', 'zh-CN')).toBe('en');
    expect(messageLanguage(undefined, undefined, 'en')).toBe('en');
    expect(messageLanguage(undefined, undefined, 'zh-TW')).toBe('zh-CN');
    expect(messageLanguage(undefined, undefined)).toBe('zh-CN');
  });
});
