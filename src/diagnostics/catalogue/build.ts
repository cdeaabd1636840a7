// The messages of building a batch, in Chinese and English: rendering, writing, and failures of leaflet itself.
import type { Entry } from '../say.js';

export const buildMessages = {
  internalError: {
    en: 'leaflet failed on this file: {cause}',
    'zh-CN': 'leaflet 处理这个文件时自身出了错：{cause}',
  },
  internalErrorHint: {
    en: 'please report this, with the file, to whoever maintains leaflet',
    'zh-CN': '请把这个问题连同这个文件一起告诉维护 leaflet 的人',
  },
  noSuchPath: {
    en: 'no such file or folder',
    'zh-CN': '没有这个文件或文件夹',
  },
  sameOutput: {
    en: 'builds to the same file as {first}: {output}',
    'zh-CN': '和 {first} 排出的是同一个文件：{output}',
  },
  sameOutputHint: {
    en: 'rename one of the two leaflets',
    'zh-CN': '请把其中一份手册改个名字',
  },
  outOfMemory: {
    en: 'ran out of memory while rendering: the leaflet needs more than the {memory} MB that a render may use',
    'zh-CN': '排版时内存不够：这份手册需要的内存超过了允许的 {memory} MB',
  },
  outOfMemoryHint: {
    en: 'split the text into several leaflets, or use fewer or simpler pictures',
    'zh-CN': '请把内容拆成几份手册，或者少用几张图片、改用简单一些的图片',
  },
  svgNotDrawn: {
    en: '{file}: the SVG cannot be drawn ({cause})',
    'zh-CN': '{file}：这张 SVG 图片画不出来（{cause}）',
  },
  svgNotDrawnHint: {
    en: 'open it in a drawing program and save it again as plain SVG, or save it as PNG',
    'zh-CN': '请用绘图软件打开它，重新存成普通的 SVG，或者存成 PNG',
  },
  renderFailed: {
    en: 'the PDF could not be rendered: {cause}',
    'zh-CN': 'PDF 没能生成：{cause}',
  },
  writeFailed: {
    en: 'cannot write {output}: {cause}',
    'zh-CN': '无法写入 {output}：{cause}',
  },
} satisfies Record<string, Entry>;
