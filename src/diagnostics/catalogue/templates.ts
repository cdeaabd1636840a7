// The messages of the templates stage, in Chinese and English: a one-page design that runs over its page.
import type { Entry } from '../say.js';

export const templatesMessages = {
  onePageOverflow: {
    en: 'an event flyer is one page, and this one is about {over} mm too long ({pages} pages)',
    'zh-CN': '活动海报只能有一页，这一份大约长了 {over} 毫米（排成了 {pages} 页）',
  },
  onePageHint: {
    en: 'shorten the text; the type is never shrunk to fit',
    'zh-CN': '请删减一些文字；字号不会为了排下而缩小',
  },
  onePageHintA5: {
    en: 'shorten the text, or use format: A4 for more room; the type is never shrunk to fit',
    'zh-CN': "请删减一些文字，或者在开头的设置里改成 'format: A4'，纸张更大；字号不会为了排下而缩小",
  },
} satisfies Record<string, Entry>;
