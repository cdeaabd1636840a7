// The messages of the source stage, in Chinese and English: reading files, front matter, paths and addresses.
import type { Entry } from '../say.js';
import { settingsMessages } from './source-settings.js';

const readMessages = {
  readFailed: { en: 'cannot read the file: {error}', 'zh-CN': '无法读取这个文件：{error}' },
  binary: { en: 'this file is binary, not a Markdown text file', 'zh-CN': '这不是 Markdown 文本文件，而是二进制文件（例如图片或 Word 文档）' },
  binaryHint: { en: 'save the leaflet as plain text (UTF-8) with the .md extension', 'zh-CN': '请把手册另存为纯文本（UTF-8 编码），文件名以 .md 结尾' },
  notUtf8: { en: 'this file is not valid UTF-8 text', 'zh-CN': '这个文件不是 UTF-8 编码的文本' },
  notUtf8Hint: {
    en: 'save the file again with the UTF-8 encoding (for example, "UTF-8" in the editor’s Save As dialog)',
    'zh-CN': '请用 UTF-8 编码重新保存这个文件（例如在编辑器的“另存为”里选择“UTF-8”）',
  },
  tooManyBytes: { en: 'the file is {size}; {what} may be at most {limit}', 'zh-CN': '这个文件有 {size}，{what}最大只能有 {limit}' },
  tooManyLines: {
    en: '{what} may have at most {max} lines of text (blank lines are not counted); this is line {line} of text',
    'zh-CN': '{what}最多只能有 {max} 行文字（空行不算）；这里是第 {line} 行',
  },
  aLeaflet: { en: 'a leaflet', 'zh-CN': '一份手册' },
  theBrandFile: { en: 'the brand file', 'zh-CN': '品牌文件' },
  aPackManifest: { en: 'a pack manifest', 'zh-CN': '资料包清单' },
  leafletLimitHint: { en: 'split the text into several leaflets', 'zh-CN': '请把内容分成几份手册' },
  brandLimitHint: {
    en: 'the brand file holds texts and settings only: pictures and fonts are files of their own, named in it',
    'zh-CN': '品牌文件里只放文字和设置：图片和字体是单独的文件，在品牌文件里写出它们的路径就可以',
  },
  manifestLimitHint: { en: 'split the pack into several packs', 'zh-CN': '请把资料包分成几个' },
  tooDeepText: { en: 'the text is nested too deeply to be read', 'zh-CN': '正文的引用和列表嵌套得太深，无法读取' },
  tooDeepTextHint: {
    en: 'flatten the quotes and lists: a leaflet reads best with at most two or three levels',
    'zh-CN': '请减少引用和列表的层次：手册最好不超过两三层',
  },
} satisfies Record<string, Entry>;

const frontMatterMessages = {
  fenceNamesYaml: {
    en: "the settings start with a line of just three dashes (---), without '{language}'",
    'zh-CN': "开头设置的第一行只写三个减号 ---，后面不要写 '{language}'",
  },
  fenceLanguage: { en: "front matter in '{language}' is not allowed; only YAML is read", 'zh-CN': "开头的设置不能用 '{language}' 来写，只能用 YAML" },
  fenceHint: {
    en: 'start the file with a line of just three dashes (---) and write the settings as YAML',
    'zh-CN': '文件的第一行只写三个减号 ---，下面按 YAML 的格式写设置，例如 title: 标题',
  },
  notClosed: { en: 'the front matter is not closed', 'zh-CN': '开头的设置没有结束行' },
  notClosedHint: {
    en: 'end the settings block with a line of three dashes (---) before the text of the leaflet',
    'zh-CN': '请在正文前面加一行三个减号 ---，表示设置到此结束',
  },
  notSettings: { en: 'the front matter must be a list of `key: value` settings', 'zh-CN': '开头的设置要一行写一项，写成 `key: value` 的形式' },
} satisfies Record<string, Entry>;

const markdownMessages = {
  slipHeading: {
    en: "'{typed}' is not a heading in Markdown, which starts one with ASCII number signs (#) and a space; it is set as a heading, as '{fixed}'{more}",
    'zh-CN': "'{typed}' 在 Markdown 里不算标题：标题要以英文（半角）井号 # 开头，后面加一个空格；这里已经按标题排版，标准写法是 '{fixed}'{more}",
  },
  slipBullet: {
    en: "'{typed}' is not a list item in Markdown, which starts one with an ASCII dash (-) and a space; it is set as one, as '{fixed}'{more}",
    'zh-CN': "'{typed}' 在 Markdown 里不算列表项：列表项要以英文减号 - 开头，后面加一个半角空格；这里已经按列表排版，标准写法是 '{fixed}'{more}",
  },
  slipNumbered: {
    en: "'{typed}' is not a numbered item in Markdown, which writes the number with an ASCII full stop and a space; it is set as a numbered list (1. 2. 3.), as '{fixed}'{more}",
    'zh-CN': "'{typed}' 在 Markdown 里不算编号列表：编号要用半角数字，后面加英文句点和一个半角空格；这里已经按编号列表排版（印成 1. 2. 3.），标准写法是 '{fixed}'{more}",
  },
  slipLink: {
    en: "'{typed}' has full-width marks, so Markdown does not read it as a picture or link, which is written with ASCII ! [ ] ( ) and \" \"; it is read as one, as '{fixed}'{more}",
    'zh-CN': "'{typed}' 用了中文（全角）符号，Markdown 认不出这是图片或链接：要用英文的 ! [ ] ( ) 和 \" \"；这里已经按图片或链接处理，标准写法是 '{fixed}'{more}",
  },
  slipLines: {
    en: "'{typed}' starts its own line, but Markdown runs lines together into one paragraph; it is set on a line of its own, as with a backslash at the end of the line before{more}",
    'zh-CN': "'{typed}' 另起了一行，但 Markdown 会把相连的几行排成同一段；这里已经让它单独成行（相当于在上一行末尾加一个反斜杠 \\）{more}",
  },
  slipMarks: {
    en: "'{typed}' has a Markdown mark typed in full width (＊ ＞ ： ｜ －), which Markdown does not read; it is read as meant, as '{fixed}'{more}",
    'zh-CN': "'{typed}' 里的 Markdown 符号是中文（全角）的（＊ ＞ ： ｜ －），Markdown 认不出；这里已经按原意处理，标准写法是 '{fixed}'{more}",
  },
  slipSpaced: {
    en: "'{typed}': the picture's path has a space, so Markdown does not read it as a picture; it is read as one, as '{fixed}'{more}",
    'zh-CN': "'{typed}'：图片路径里有空格，Markdown 认不出这是图片；这里已经按图片处理，标准写法是 '{fixed}'{more}",
  },
  slipLinesHint: {
    en: 'nothing needs retyping; to start a line of its own in a paragraph, end the line before with a backslash (\\), or leave a blank line to start a paragraph',
    'zh-CN': '不用改也可以；要在一段里另起一行，请在上一行末尾加一个反斜杠 \\；要另起一段，请空一行',
  },
  slipIndent: {
    en: "'{typed}' starts with a tab or four spaces, which Markdown prints as a box of code; it is set as a paragraph{more}",
    'zh-CN': "'{typed}' 开头缩进了（一个 Tab 或四个空格），Markdown 会把它排成代码框；这里已经按普通段落排版{more}",
  },
  slipIndentHint: {
    en: 'a paragraph needs no indent: leave a blank line between paragraphs',
    'zh-CN': '段落开头不用缩进，段与段之间空一行就可以了',
  },
  slipUnderline: {
    en: "'{typed}' has --- right under it, which Markdown reads as making the text above a heading; it is set as text, with a dividing line after it{more}",
    'zh-CN': "'{typed}' 下一行紧跟着 ---，Markdown 会把上面的文字排成标题；这里已经按正文排版，后面画一条分隔线{more}",
  },
  slipUnderlineHint: {
    en: 'for a dividing line, leave a blank line before ---; for a heading, start its line with ## and a space',
    'zh-CN': '要画分隔线，请在 --- 上面空一行；要写小标题，请在那一行开头写 ## 和一个空格',
  },
  slipRule: {
    en: "'{typed}' is not a dividing line in Markdown, which writes one as three ASCII dashes (---) on a line of their own, after a blank line; it is set as one{more}",
    'zh-CN': "'{typed}' 在 Markdown 里不算分隔线：分隔线要写成单独一行的三个英文减号 ---，上面空一行；这里已经画成分隔线{more}",
  },
  slipMore: { en: ' ({count} more like it, read the same way)', 'zh-CN': '（后面还有 {count} 处同样的写法，也已这样处理）' },
  slipHeadingHint: {
    en: 'type # and the space with the keyboard in English (half-width) mode; to print a # at the start of a line, write \\#',
    'zh-CN': '请在英文（半角）输入法下输入 # 和空格；如果一行开头要印出 # 号本身，请写成 \\#',
  },
  slipHint: { en: 'type these marks with the keyboard in English (half-width) mode', 'zh-CN': '请在英文（半角）输入法下输入这些符号' },
} satisfies Record<string, Entry>;

const pathMessages = {
  assetProblem: { en: '{what} {reference} {problem}', 'zh-CN': '{what} {reference} {problem}' },
  image: { en: 'image', 'zh-CN': '图片' },
  outside: { en: 'is outside the project folder', 'zh-CN': '不在项目文件夹里' },
  missing: { en: 'does not exist', 'zh-CN': '不存在' },
  linkOutside: { en: 'is a link to a file outside the project folder', 'zh-CN': '是一个指向项目文件夹外面的链接（快捷方式）' },
  folder: { en: 'is a folder, not a file', 'zh-CN': '是一个文件夹，不是文件' },
  notRegular: {
    en: 'is not a regular file (it is a named pipe, a device or a socket)',
    'zh-CN': '不是普通文件（而是管道、设备或套接字）',
  },
  remote: { en: 'is on the internet and is not downloaded', 'zh-CN': '在网上，不会被下载' },
  scheme: {
    en: "uses the address scheme '{scheme}:'; only files in the project folder are allowed",
    'zh-CN': "用的是 '{scheme}:' 开头的地址；只能用项目文件夹里的文件",
  },
  absolute: {
    en: 'is an absolute path; only paths inside the project folder are allowed',
    'zh-CN': '是绝对路径；只能写项目文件夹里面的路径',
  },
  projectHint: {
    en: 'put the file inside the project folder (the folder leaflet is run in) and write its path relative to this file, e.g. images/photo.png',
    'zh-CN': '请把文件放进项目文件夹（运行 leaflet 的那个文件夹），并写出它相对于这个文件的路径，例如 images/photo.png',
  },
  lookedHint: { en: 'looked for {path} in the project folder', 'zh-CN': '在项目文件夹里找的是 {path}' },
  remoteHint: {
    en: 'download the picture into the project folder and write its path relative to this file, e.g. images/photo.png',
    'zh-CN': '请先把图片下载到项目文件夹里，再写出它相对于这个文件的路径，例如 images/photo.png',
  },
} satisfies Record<string, Entry>;

const addressMessages = {
  notFullUrl: {
    en: "'{value}' is not a full address; write it with http:// or https://",
    'zh-CN': "'{value}' 不是完整的网址；请在前面加上 http:// 或 https://",
  },
  urlScheme: {
    en: "the address scheme '{scheme}:' is not allowed; use {schemes}",
    'zh-CN': "网址不能以 '{scheme}:' 开头；只能用 {schemes}",
  },
  invalidUrl: { en: "'{value}' is not a valid address", 'zh-CN': "'{value}' 不是有效的网址" },
  linkProblem: { en: 'link: {problem}', 'zh-CN': '链接：{problem}' },
  qrCode: { en: 'QR code', 'zh-CN': '二维码' },
  qrProblem: { en: 'QR code: {problem}', 'zh-CN': '二维码：{problem}' },
  qrTooLong: {
    en: '{what}: the address is {length} characters long, too long for a QR code',
    'zh-CN': '{what}：网址有 {length} 个字符，太长了，放不进二维码',
  },
  qrTooLongHint: {
    en: 'use a short address, such as a short link to the page: it also makes a QR code that is easier to scan',
    'zh-CN': '请换一个短一些的网址，例如这个网页的短链接：二维码也会更容易扫',
  },
} satisfies Record<string, Entry>;

export const sourceMessages = {
  ...readMessages,
  ...frontMatterMessages,
  ...markdownMessages,
  ...pathMessages,
  ...addressMessages,
  ...settingsMessages,
} satisfies Record<string, Entry>;
