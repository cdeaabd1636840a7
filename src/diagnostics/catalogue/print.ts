// The messages of the print stage, in Chinese and English: layouts, page fills and the press checks.
import type { Entry } from '../say.js';

export const printMessages = {
  singlePageBooklet: {
    en: 'a {template} leaflet is a single page; it cannot be printed as a booklet',
    'zh-CN': '{template} 模板只有一页，不能印成小册子',
  },
  singlePageTrifold: {
    en: 'a {template} leaflet is a single page; it cannot be printed as a trifold',
    'zh-CN': '{template} 模板只有一页，不能印成三折页',
  },
  withoutLayout: {
    en: 'build it without --{layout}',
    'zh-CN': '排版时去掉 --{layout}',
  },
  a3ForPosters: {
    en: 'A3 is for event posters; a handout is printed on A4, A5 or Letter',
    'zh-CN': 'A3 只用于活动海报；普通手册请用 A4、A5 或 Letter 纸',
  },
  a3Hint: {
    en: 'build it with --format A4',
    'zh-CN': '排版时改用 --format A4',
  },
  trifoldTooLong: {
    en: 'the text is about {over} mm too long for the {panels} text panels of a tri-fold ({pages} panels)',
    'zh-CN': '文字比三折页的 {panels} 个正文栏长了大约 {over} 毫米（排成了 {pages} 栏）',
  },
  trifoldTooLongHint: {
    en: 'shorten the text, or print the leaflet as a booklet (--booklet)',
    'zh-CN': '请删减一些文字，或者改印成小册子（--booklet）',
  },
  trifoldBackTooLong: {
    en: "the organisation's profile and contact details need {count} panels but the back panel is one",
    'zh-CN': '机构简介和联系方式要占 {count} 栏，但三折页的背面只有一栏',
  },
  trifoldBackHint: {
    en: 'shorten the profile in the brand file',
    'zh-CN': '请在品牌文件里把机构简介写短一些',
  },
  panelsBlank: {
    en: 'the text fills {pages} of the {panels} text panels of a tri-fold, even in the largest type the brand allows: {blank} stay blank',
    'zh-CN': '即使用品牌文件允许的最大字号，文字也只排满三折页 {panels} 个正文栏中的 {pages} 个：有 {blank} 栏空着',
  },
  flyerGaps: {
    en: 'the flyer leaves {gap} mm empty in each of its gaps, in the largest type the copyfit found to fit',
    'zh-CN': '即使用排得下的最大字号，海报的每处空隙仍空着 {gap} 毫米',
  },
  lastPageShort: {
    en: 'page {page} of {count} is {fill} full, {short} mm short of the {minimum} a last page should fill',
    'zh-CN': '第 {page} 页（共 {count} 页）只排满了 {fill}，最后一页应排满 {minimum}，还差 {short} 毫米',
  },
  pageShort: {
    en: 'page {page} of {count} is {fill} full, {short} mm short of the {minimum} a page before the last should fill; the last page is {last} full',
    'zh-CN': '第 {page} 页（共 {count} 页）只排满了 {fill}，最后一页之前的页应排满 {minimum}，还差 {short} 毫米；最后一页排满了 {last}',
  },
  lastPanelShort: {
    en: 'panel {page} of {count} is {fill} full, {short} mm short of the {minimum} a last panel should fill',
    'zh-CN': '第 {page} 栏（共 {count} 栏）只排满了 {fill}，最后一栏应排满 {minimum}，还差 {short} 毫米',
  },
  panelShort: {
    en: 'panel {page} of {count} is {fill} full, {short} mm short of the {minimum} a panel before the last should fill; the last panel is {last} full',
    'zh-CN': '第 {page} 栏（共 {count} 栏）只排满了 {fill}，最后一栏之前的栏应排满 {minimum}，还差 {short} 毫米；最后一栏排满了 {last}',
  },
  lastPageBackOnly: {
    en: 'page {page} of {count} has only what ends the leaflet (the disclaimer, profile, contacts and QR code), none of its text',
    'zh-CN': '第 {page} 页（共 {count} 页）没有正文，只有结尾的免责声明、机构简介、联系方式和二维码',
  },
  backOnlyHint: {
    en: 'add text so that some of it runs onto that page, or cut text so that the leaflet and its back matter fit on one page fewer',
    'zh-CN': '请补充一些文字，让正文排到这一页；或者删减一些文字，让正文和机构简介少占一页',
  },
  addText: {
    en: 'add text, or widen the copyfit ranges in the brand file',
    'zh-CN': '请补充一些文字，或者在品牌文件里放宽 copyfit 的范围',
  },
  wholeMoved: {
    en: 'a picture or table that must stay whole may have moved to the next page: make it smaller, or add or cut text',
    'zh-CN': '可能有一张图片或一个表格不能拆开，被挪到了下一页：请把它缩小，或者增删一些文字',
  },
  wholeMovedPanel: {
    en: 'a picture or table that must stay whole may have moved to the next panel: make it smaller, or add or cut text',
    'zh-CN': '可能有一张图片或一个表格不能拆开，被挪到了下一栏：请把它缩小，或者增删一些文字',
  },
  brandLogo: { en: 'the brand logo', 'zh-CN': '品牌标志' },
  pressLowResolution: {
    en: '{label} prints at {dpi} dpi; a print shop needs {min} dpi or more',
    'zh-CN': '{label}印出来只有 {dpi} dpi；印刷厂要求至少 {min} dpi',
  },
  pressLowResolutionHint: {
    en: 'use an image with at least {factor} times as many pixels across: {path}',
    'zh-CN': '请换一张横向像素至少是现在 {factor} 倍的图片：{path}',
  },
  fontsNotEmbedded: {
    en: 'fonts not embedded in the PDF: {fonts}',
    'zh-CN': 'PDF 里没有嵌入这些字体：{fonts}',
  },
  fontsNotEmbeddedHint: {
    en: 'a print shop cannot print a PDF without its fonts',
    'zh-CN': '没有嵌入字体的 PDF，印刷厂没法印刷',
  },
  phoneTooLong: {
    en: 'the phone edition would be {length} m long; a phone image can be at most {most} m long',
    'zh-CN': '手机版会有 {length} 米长；手机长图最长只能 {most} 米',
  },
  phoneTooLongHint: {
    en: 'split the leaflet into shorter ones, or build it without --phone',
    'zh-CN': '请把手册拆成几份短一些的，或者排版时去掉 --phone',
  },
} satisfies Record<string, Entry>;
