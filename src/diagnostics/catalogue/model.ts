// The messages of the model stage, in Chinese and English: the leaflet's text, settings and event.
import type { Entry } from '../say.js';

export const modelMessages = {
  unknownBox: { en: "':::{name}' is not a known box; its text is printed as is", 'zh-CN': "':::{name}' 不是可以用的提示框，里面的文字会按原样印出" },
  unknownBoxHint: { en: 'use one of {boxes} or :::pagebreak', 'zh-CN': '请用 {boxes} 或 :::pagebreak' },
  rawHtml: { en: "raw HTML is ignored: '{tag}' is left out", 'zh-CN': "HTML 代码会被忽略：'{tag}' 不会印出" },
  rawHtmlHint: {
    en: 'write the text in plain Markdown instead (**bold**); the words between HTML tags are printed as they are',
    'zh-CN': '请改用普通的 Markdown 来写（例如 **加粗**）；HTML 标签之间的文字照常印出',
  },
  rawHtmlBlockHint: {
    en: 'write the text in plain Markdown instead: this whole block of HTML, its words too, is left out',
    'zh-CN': '请改用普通的 Markdown 来写：这一整段 HTML，连同里面的文字，都不会印出',
  },
  unsupportedBlock: { en: "'{type}' is not supported yet and is left out", 'zh-CN': "还不支持 '{type}'，这部分没有印出" },
  unsupportedInline: { en: "'{type}' is not supported yet; its text is printed as is", 'zh-CN': "还不支持 '{type}'，其中的文字按原样印出" },
  tableFewCells: {
    en: 'this row has {count} cells and the header {columns}: the cells it lacks are left empty',
    'zh-CN': '这一行只有 {count} 格，表头有 {columns} 格：缺的格子空着',
  },
  tableManyCells: {
    en: "this row has {count} cells and the header {columns}: the cells beyond the header's are left out ('{left}')",
    'zh-CN': "这一行有 {count} 格，表头只有 {columns} 格：多出来的格子没有印出来（'{left}'）",
  },
  tableCellsHint: {
    en: 'write each row with as many | cells as the header: an empty cell is | |',
    'zh-CN': '每一行的格数要和表头一样多；空着的格子写成 | |',
  },
  inlineImage: {
    en: 'an image inside a line of text is not shown; the alt text is printed instead',
    'zh-CN': '夹在文字中间的图片不会显示，印出来的是它的说明文字',
  },
  inlineImageHint: {
    en: 'put the image in a paragraph of its own, with an empty line before and after it',
    'zh-CN': '请把图片单独放一段，前后各空一行',
  },
  invalidWidth: { en: 'image width {percent}% must be between 1% and 100%', 'zh-CN': '图片宽度 {percent}% 不行：要在 1% 到 100% 之间' },
  footnoteUnused: { en: 'footnote [^{label}] is never cited, so it is not printed', 'zh-CN': '脚注 [^{label}] 在正文里没有被引用，所以不会印出' },
  footnoteUnusedHint: { en: 'cite it in the text as [^{label}], or delete it', 'zh-CN': '请在正文里写 [^{label}] 来引用它，或者删掉这条脚注' },
  tooDeep: { en: 'quotes and lists are nested more than {max} levels deep here', 'zh-CN': '这里的引用和列表嵌套超过了 {max} 层' },
  tooDeepHint: {
    en: 'flatten the text: a leaflet reads best with at most two or three levels',
    'zh-CN': '请减少嵌套的层次：手册最好不超过两三层',
  },
  badLang: { en: "unsupported language '{value}'", 'zh-CN': "不支持的语言 '{value}'" },
  badLangGuess: { en: "unsupported language '{value}'; did you mean '{guess}'?", 'zh-CN': "不支持的语言 '{value}'；是不是想写 '{guess}'？" },
  langHint: { en: 'use one of {choices}', 'zh-CN': '只能用 {choices} 中的一个' },
  langNamed: { en: "language '{value}' is read as {meant}", 'zh-CN': "语言 '{value}' 已按 {meant} 读取" },
  langNamedHint: { en: 'write lang: {meant}', 'zh-CN': '标准写法是 lang: {meant}（zh-CN 简体中文，zh-TW 繁體中文，en 英文）' },
  missingTitle: { en: 'the leaflet has no title', 'zh-CN': '这份手册没有标题' },
  missingTitleHint: {
    en: "add 'title: …' to the front matter, or start the text with a '# ' heading",
    'zh-CN': "请在开头的设置里加一行 'title: …'，或者在正文开头用 '# ' 写一个标题",
  },
  emptyBody: { en: 'the leaflet has no text besides its title', 'zh-CN': '这份手册除了标题以外没有正文' },
  eventNeedsEvent: {
    en: "an event flyer needs 'event:' settings with at least 'starts' and 'venue'",
    'zh-CN': "活动海报需要 'event:' 设置，至少要写 'starts'（开始时间）和 'venue'（地点）",
  },
  eventNeedsEventHint: {
    en: 'run `npx leaflet new event <name>` to start from a filled-in example',
    'zh-CN': '可以运行 `npx leaflet new event <name>`，从一份填好的示例开始',
  },
  a3Handout: {
    en: 'A3 is for event posters; a handout is printed on A4, A5 or Letter',
    'zh-CN': 'A3 只用于活动海报；普通手册用 A4、A5 或 Letter 纸',
  },
  a3HandoutHint: { en: 'use format: A4, or template: event for a poster', 'zh-CN': '请写 format: A4；如果是海报，请写 template: event' },
  unknownPartner: { en: "unknown partner '{value}'", 'zh-CN': "没有这个合作伙伴：'{value}'" },
  unknownPartnerGuess: { en: "unknown partner '{value}'; did you mean '{guess}'?", 'zh-CN': "没有这个合作伙伴：'{value}'；是不是想写 '{guess}'？" },
  partnerHint: { en: 'partners are listed under `partners:` in the brand file', 'zh-CN': '合作伙伴列在品牌文件的 `partners:` 下面' },
  notRealTime: { en: "'event.{key}': not a real date and time ({why})", 'zh-CN': "'event.{key}'：日历上没有这个日期或时间（{why}）" },
  outOfRange: { en: 'unit out of range', 'zh-CN': '月、日、时或分超出了范围' },
  unsupportedZone: { en: 'unsupported zone', 'zh-CN': '时区写得不对：请检查品牌文件的 time_zone，或时间后面的时差（例如 +08:00）' },
  endsBeforeStarts: {
    en: "'event.ends' is not after 'event.starts'",
    'zh-CN': "'event.ends'（结束时间）要在 'event.starts'（开始时间）之后",
  },
} satisfies Record<string, Entry>;
