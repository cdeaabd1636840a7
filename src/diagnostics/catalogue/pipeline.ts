// The messages of the pipeline stage, in Chinese and English: pictures as they are read, the build date, rendering, writing, and failures of leaflet itself.
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
  phoneFailed: {
    en: 'the phone edition could not be rendered: {cause}',
    'zh-CN': '手机版没能生成：{cause}',
  },
  writeFailed: {
    en: 'cannot write {output}: {cause}',
    'zh-CN': '无法写入 {output}：{cause}',
  },
  writeBusyHint: {
    en: 'the file may be open in another program, such as a PDF reader: close it and build again',
    'zh-CN': '这个文件可能正在别的程序里打开着（例如 PDF 阅读器）：请先关掉它，再重新构建',
  },
  writeDeniedHint: {
    en: 'this user may not write in the output folder: choose another with --out, or ask whoever looks after the computer',
    'zh-CN': '当前用户没有权限写入输出文件夹：请用 --out 换一个文件夹，或者请管理这台电脑的人帮忙',
  },
  diskFullHint: { en: 'the disk is full: free some space and build again', 'zh-CN': '磁盘满了：请清理出一些空间，再重新构建' },
  notFolderHint: {
    en: 'a file stands where the output folder (or a folder in it) should be: move or rename that file',
    'zh-CN': '输出文件夹（或其中某一层文件夹）的位置上是一个同名文件：请把那个文件挪走或改名',
  },
  isFolderHint: {
    en: 'a folder has the name of this file: move or rename that folder',
    'zh-CN': '有一个文件夹和这个文件同名：请把那个文件夹挪走或改名',
  },
} satisfies Record<string, Entry>;
