// The messages about settings (front matter and other YAML files), in Chinese and English: syntax, typing slips, schema.
import type { Entry } from '../say.js';

/** The YAML parser's own messages (their English is the parser's), and the values leaflet never constructs. */
const yamlMessages = {
  yamlMissingQuote: { en: 'Missing closing {quote}quote', 'zh-CN': '引号没有配对：这个值缺少结尾的 {quote}' },
  yamlNeedsValue: {
    en: 'Implicit map keys need to be followed by map values',
    'zh-CN': "这一行缺少冒号：设置要写成 'key: value'（英文冒号后面加一个空格）",
  },
  yamlOneLine: {
    en: 'Implicit keys need to be on a single line',
    'zh-CN': "这一行不是 'key: value' 的写法：设置项后面要有英文冒号和一个空格",
  },
  yamlDuplicate: { en: 'Map keys must be unique', 'zh-CN': '同一个设置项写了两次' },
  yamlDuplicateKey: { en: "'{key}' is written twice (first on line {line}); keep one of them", 'zh-CN': "'{key}' 写了两次（第一次在第 {line} 行）；请只保留一个" },
  yamlSameColumn: { en: 'All mapping items must start at the same column', 'zh-CN': '同一层的设置项没有对齐：它们行首的空格数要一样' },
  yamlFlowList: {
    en: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    'zh-CN': '方括号没有配对：用 [ ] 写的列表要以 ] 结尾',
  },
  yamlFlowMap: {
    en: 'Flow map in block collection must be sufficiently indented and end with a }',
    'zh-CN': '花括号没有配对：用 { } 写的设置要以 } 结尾',
  },
  yamlNested: {
    en: 'Nested mappings are not allowed in compact mappings',
    'zh-CN': '值里有冒号加空格“: ”：请用英文引号把整个值括起来，例如 title: "甲: 乙"；如果下一行是新的设置项，请去掉它行首的空格',
  },
  yamlIndentedSetting: {
    en: 'this setting starts with spaces, so it is read as the rest of the line above: remove the spaces at its start',
    'zh-CN': '这一行行首有空格，被当成了上一行的一部分：请删去行首的空格',
  },
  yamlReservedStart: {
    en: 'Plain value cannot start with reserved character {char}',
    'zh-CN': '值不能以 {char} 开头：请用英文引号把整个值括起来',
  },
  yamlTabIndent: { en: 'Tabs are not allowed as indentation', 'zh-CN': '不能用 Tab 缩进，请用空格' },
  yamlAfterValue: {
    en: 'Unexpected scalar at node end',
    'zh-CN': '引号或括号后面还有文字：请把整个值放进一对英文引号里，例如 title: "甲 乙"',
  },
  yamlEscape: {
    en: 'Invalid escape sequence {escape}',
    'zh-CN': '双引号里的 {escape} 不是有效的写法：反斜杠要写成 \\\\，或者改用单引号把值括起来',
  },
  yamlTwoDocuments: {
    en: 'Source contains multiple documents; please use YAML.parseAllDocuments()',
    'zh-CN': '这里有第二行 ---：设置只能写在一段里，请删去多余的 ---',
  },
  yamlAliases: {
    en: 'Excessive alias count indicates a resource exhaustion attack',
    'zh-CN': '别名（*）用得太多，无法读取',
  },
  tagIgnored: { en: "the tag '{tag}' is ignored; the value is read as written", 'zh-CN': "标记 '{tag}' 不起作用，值按原样读取" },
} satisfies Record<string, Entry>;

/** Typing slips: found before the YAML is parsed, and understood so that the rest is still checked. */
const slipMessages = {
  fenceOpen: {
    en: "the settings start with '{fence}'; the line that starts them is three ASCII dashes (---)",
    'zh-CN': "开头设置的第一行写成了 '{fence}'；这一行应该是三个英文减号 ---",
  },
  fenceBoth: {
    en: "the settings start and end with '{fence}' (lines 1 and {closing}); the lines around them are three ASCII dashes (---)",
    'zh-CN': "开头设置的第 1 行和第 {closing} 行写成了 '{fence}'；这两行都应该是三个英文减号 ---",
  },
  fenceClose: {
    en: "the settings end with '{fence}'; the line that ends them is three ASCII dashes (---)",
    'zh-CN': "结束设置的这一行写成了 '{fence}'；这一行应该是三个英文减号 ---",
  },
  fenceSlipHint: {
    en: 'switch the keyboard to English (half-width) and type three minus signs: ---',
    'zh-CN': '请把输入法切换到英文（半角），输入三个减号：---',
  },
  fullWidthColon: {
    en: "'{key}' is followed by a full-width colon '：'; write an ASCII colon and a space: '{fixed}'",
    'zh-CN': "'{key}' 后面是中文冒号 '：'；请改成英文冒号加一个空格：'{fixed}'",
  },
  fullWidthSpace: {
    en: "'{key}' is followed by a full-width space '　'; write an ASCII colon and an ordinary space: '{fixed}'",
    'zh-CN': "'{key}' 后面是全角空格 '　'；请改成英文冒号加一个半角空格：'{fixed}'",
  },
  noSpace: {
    en: "no space after the colon of '{key}:'; write a space after it: '{fixed}'",
    'zh-CN': "'{key}:' 的冒号后面少了一个空格；请写成：'{fixed}'",
  },
  colonHint: {
    en: 'type the colon and the space with the keyboard in English (half-width) mode',
    'zh-CN': '请在英文（半角）输入法下输入冒号和空格',
  },
  wideIndent: {
    en: "line {line} starts with a full-width space '　'; settings are indented with ordinary spaces, or not at all",
    'zh-CN': "第 {line} 行开头有全角空格 '　'；设置前面只能用半角空格缩进，或者不缩进",
  },
  wideIndentHint: {
    en: 'delete the full-width space; to indent a setting under another, type two ordinary spaces with the keyboard in English mode',
    'zh-CN': '请删掉这个全角空格；如果要把一项设置缩进到另一项下面，请在英文输入法下输入两个空格',
  },
  wideChoice: {
    en: "'{value}' is typed in full-width characters; it is read as '{meant}'",
    'zh-CN': "'{value}' 是用全角字符输入的；已按 '{meant}' 读取",
  },
  wordChoice: { en: "'{value}' is read as '{meant}'", 'zh-CN': "'{value}' 已按 '{meant}' 读取" },
  wordChoiceHint: { en: 'write just {meant}', 'zh-CN': '只写 {meant} 就可以了' },
  wideChoiceHint: {
    en: 'type letters and digits with the keyboard in English (half-width) mode',
    'zh-CN': '请在英文（半角）输入法下输入字母和数字',
  },
  tabLine: {
    en: 'line {line} is indented with a tab; settings are indented with spaces',
    'zh-CN': '第 {line} 行用了 Tab 缩进；设置只能用空格缩进',
  },
  tabLines: {
    en: 'lines {first}–{last} are indented with tabs; settings are indented with spaces',
    'zh-CN': '第 {first}–{last} 行用了 Tab 缩进；设置只能用空格缩进',
  },
  tabHint: {
    en: 'indent these lines with spaces instead of tabs: {spaces} spaces before the first, as under the key above it',
    'zh-CN': '请用空格代替这些行开头的 Tab：第一行前面空 {spaces} 个空格，写在上面那个设置项的下一层',
  },
  smartQuotes: {
    en: "the quotation marks {open} {close} around '{text}' are left out",
    'zh-CN': "'{text}' 两边的引号 {open} {close} 不算在值里，已经去掉",
  },
  smartQuotesHint: {
    en: 'write the value without quotation marks; to print them, put the whole value in ASCII quotes: "{open}{text}{close}"',
    'zh-CN': '值不需要加引号；如果要把引号印出来，请在外面再加一对英文引号："{open}{text}{close}"',
  },
  dateRead: { en: "'{key}': '{value}' is read as {iso}", 'zh-CN': "'{key}'：'{value}' 会被当作 {iso}" },
  dateHint: { en: 'write a date as YYYY-MM-DD (year-month-day): {iso}', 'zh-CN': '日期的标准写法是 YYYY-MM-DD（年-月-日），请写成 {iso}' },
  dateTimeHint: {
    en: 'write a date and time as YYYY-MM-DDTHH:MM, with a 24-hour clock: {iso}',
    'zh-CN': '日期和时间的标准写法是 YYYY-MM-DDTHH:MM（24 小时制），请写成 {iso}',
  },
  timeInWords: {
    en: "'{key}': '{value}' is not a time leaflet can read; write the date and a 24-hour time in digits, such as {example}",
    'zh-CN': "'{key}'：读不懂 '{value}' 这个时间；请用数字写出日期和 24 小时制的时间，例如 {example}",
  },
  timeInWordsHint: {
    en: 'the date is YYYY-MM-DD, then T, then the time as HH:MM: 2 p.m. is 14:00',
    'zh-CN': '先写日期 YYYY-MM-DD，再写字母 T，再写时间 HH:MM：下午2点就是 14:00',
  },
  timeInWordsHintFor: {
    en: "the date is YYYY-MM-DD, then T, then the time as HH:MM: '{words}' is {clock}",
    'zh-CN': '先写日期 YYYY-MM-DD，再写字母 T，再写时间 HH:MM：{words}就是 {clock}',
  },
} satisfies Record<string, Entry>;

/** Schema checks: unknown and missing keys, and what zod says of a value (its English is zod's, or the schema's). */
const schemaMessages = {
  unknownKey: { en: "unknown key '{key}'", 'zh-CN': "不认识的设置项 '{key}'" },
  chineseKeyRead: { en: "'{written}' is read as '{key}'", 'zh-CN': "'{written}' 按 '{key}' 读取" },
  chineseKeyReadHint: { en: "write '{key}' instead of '{written}'", 'zh-CN': "请把 '{written}' 改成 '{key}'" },
  unknownKeyGuess: { en: "unknown key '{key}'; did you mean '{guess}'?", 'zh-CN': "不认识的设置项 '{key}'；是不是想写 '{guess}'？" },
  knownKeys: { en: 'known keys: {keys}', 'zh-CN': '可以用的设置项：{keys}' },
  protoName: { en: "'__proto__' cannot be used as a name", 'zh-CN': "'__proto__' 不能用作名字" },
  misspeltRequired: {
    en: "'{needed}' is missing, and '{key}' is not a known key: did you mean '{needed}'?",
    'zh-CN': "缺少必须写的 '{needed}'，而 '{key}' 不是可以用的设置项：是不是想写 '{needed}'？",
  },
  misspeltRequiredHint: { en: "write '{name}' instead of '{written}'", 'zh-CN': "请把 '{written}' 改成 '{name}'" },
  required: { en: '{where} is required', 'zh-CN': '缺少必须写的 {where}' },
  issueAt: { en: '{where}: {problem}', 'zh-CN': '{where}：{problem}' },
  theDocument: { en: 'the document', 'zh-CN': '整个设置' },
  typeMismatch: { en: 'Invalid input: expected {expected}, received {received}', 'zh-CN': '这里应该写{expected}，现在写的是{received}' },
  typeEmpty: { en: 'Invalid input: expected {expected}, received null', 'zh-CN': '这里应该写{expected}，现在什么也没写' },
  oneOf: { en: 'Invalid option: expected one of {choices}', 'zh-CN': '只能是 {choices} 中的一个' },
  badValue: { en: 'Invalid input', 'zh-CN': '这个值的写法不对' },
  either: { en: '{first} or {second}', 'zh-CN': '{first}或{second}' },
  atLeast: { en: 'Too small: expected number to be >={minimum}', 'zh-CN': '不能小于 {minimum}' },
  above: { en: 'Too small: expected number to be >{minimum}', 'zh-CN': '要大于 {minimum}' },
  atMost: { en: 'Too big: expected number to be <={maximum}', 'zh-CN': '不能大于 {maximum}' },
  fewItems: { en: 'Too small: expected array to have >={minimum} items', 'zh-CN': '至少要写 {minimum} 项' },
  manyItems: { en: 'Too big: expected array to have <={maximum} items', 'zh-CN': '最多只能写 {maximum} 项' },
  shortText: { en: 'Too small: expected string to have >={minimum} characters', 'zh-CN': '至少要写 {minimum} 个字' },
  longText: { en: 'Too big: expected string to have <={maximum} characters', 'zh-CN': '最多只能写 {maximum} 个字' },
  typeString: { en: 'string', 'zh-CN': '文字' },
  typeNumber: { en: 'number', 'zh-CN': '数字' },
  typeInt: { en: 'int', 'zh-CN': '整数' },
  typeBoolean: { en: 'boolean', 'zh-CN': '“是/否”值（true 或 false）' },
  typeObject: { en: 'object', 'zh-CN': '一组设置' },
  typeObjectHow: { en: 'object', 'zh-CN': '一组设置（下一行起每行一个 key: value，行首空两格）' },
  typeArray: { en: 'array', 'zh-CN': '列表' },
  typeArrayHow: { en: 'array', 'zh-CN': '列表（[甲, 乙] 或每行一个 - 甲）' },
  typeNull: { en: 'null', 'zh-CN': '空值' },
  // The schema's own messages: zod carries their English text, and the Chinese is found by it.
  notEmpty: { en: 'must not be empty', 'zh-CN': '不能是空的' },
  dateForm: { en: 'expected a date written as YYYY-MM-DD', 'zh-CN': '日期要写成 YYYY-MM-DD（年-月-日），例如 2026-11-20' },
  notRealDate: { en: 'not a real calendar date', 'zh-CN': '日历上没有这一天' },
  formatChoice: { en: 'expected one of A4, A5, Letter (or A3, for an event poster)', 'zh-CN': '只能是 A4、A5、Letter 中的一个（A3 只用于活动海报）' },
  dateTimeForm: {
    en: 'expected a date and time such as 2026-12-12T14:00 or 2026-12-12T14:00+08:00',
    'zh-CN': '日期和时间要写成 2026-12-12T14:00 或 2026-12-12T14:00+08:00 这样',
  },
} satisfies Record<string, Entry>;

export const settingsMessages = { ...yamlMessages, ...slipMessages, ...schemaMessages } satisfies Record<string, Entry>;
