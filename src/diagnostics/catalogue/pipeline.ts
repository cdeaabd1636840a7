// The messages of the pipeline stage, in Chinese and English: pictures as they are read, and the build date.
import type { Entry } from '../say.js';

export const pipelineMessages = {
  svgTooBig: { en: '{name}: the SVG is {size}; leaflet reads at most {limit}', 'zh-CN': '{name}：这个 SVG 有 {size}，leaflet 最多只读 {limit}' },
  svgTooDeep: {
    en: '{name}: the SVG is nested {depth} levels deep; leaflet draws at most {max}',
    'zh-CN': '{name}：这个 SVG 嵌套了 {depth} 层，leaflet 最多只画 {max} 层',
  },
  svgTooMany: {
    en: '{name}: the SVG has {count} elements; leaflet draws at most {max}',
    'zh-CN': '{name}：这个 SVG 有 {count} 个元素，leaflet 最多只画 {max} 个',
  },
  svgHint: {
    en: 'simplify the drawing (fewer groups and shapes) in the program that made it, or save it as PNG',
    'zh-CN': '请在制作它的软件里把图形简化一些（少一些分组和形状），或者另存为 PNG',
  },
  svgNoSize: { en: '{name}: the SVG has no width, height or viewBox', 'zh-CN': '{name}：这个 SVG 没有写宽度（width）、高度（height）或 viewBox' },
  svgInvalid: { en: '{name}: not a valid SVG file ({error})', 'zh-CN': '{name}：不是有效的 SVG 文件（{error}）' },
  notPrintable: { en: '{name}: {format} images cannot be printed', 'zh-CN': '{name}：{format} 格式的图片无法打印' },
  notPrintableHint: { en: 'save it as PNG or JPEG', 'zh-CN': '请另存为 PNG 或 JPEG' },
  unreadable: { en: '{name}: not an image that can be read', 'zh-CN': '{name}：读不出这张图片' },
  unreadableHint: { en: 'save it as PNG, JPEG or SVG', 'zh-CN': '请另存为 PNG、JPEG 或 SVG' },
  lowResolution: {
    en: '{name} will print at {dpi} dpi, below {min} dpi',
    'zh-CN': '{name} 印出来只有 {dpi} dpi，低于 {min} dpi，会模糊',
  },
  lowResolutionHint: {
    en: 'use a larger image (at least {pixels} pixels wide) or a smaller {width=…%}',
    'zh-CN': '请换一张更大的图片（至少 {pixels} 像素宽），或者把 {width=…%} 改小',
  },
  sourceDateEpoch: {
    en: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, from 0 to {latest} (the end of 9999), not '{value}'",
    'zh-CN': "SOURCE_DATE_EPOCH 必须是从 1970-01-01 起算的整秒数，范围是 0 到 {latest}（9999 年底），不能是 '{value}'",
  },
} satisfies Record<string, Entry>;
