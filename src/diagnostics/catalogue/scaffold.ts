// The messages of `leaflet new`, in Chinese and English.
import type { Entry } from '../say.js';

export const scaffoldMessages = {
  noTemplate: {
    en: 'there is no {kind} template in {dir}',
    'zh-CN': '{dir} 里没有 {kind} 模板',
  },
  badName: {
    en: "'{name}' cannot be a file name; use letters, digits and dashes, e.g. meetup-2026-12",
    'zh-CN': "'{name}' 不能用作文件名；请用字母、数字和短横线（-），例如 meetup-2026-12",
  },
  exists: {
    en: '{target} already exists; choose another name',
    'zh-CN': '{target} 已经存在；请换一个名字',
  },
  templateText: {
    en: "the template's example text '{text}' is still here",
    'zh-CN': '模板里的示例文字“{text}”还没有换掉',
  },
  templateTextHint: {
    en: 'replace it with your own text',
    'zh-CN': '请换成自己的内容',
  },
} satisfies Record<string, Entry>;
