// The command line's own words, in Chinese and English: help, summary and status lines.
import type { Entry } from '../say.js';

const usageEn = `Usage: leaflet <command> [paths...] [options]

Commands:
  build [paths...]   render leaflets (.md files, or folders searched recursively) into PDFs
  check [paths...]   run every check without writing a PDF
  watch [paths...]   build, then rebuild each leaflet when it, the brand or an image changes
  preview [paths...] watch, and show the leaflets on a live page at http://127.0.0.1:4173/
                     (a phone image is drawn when it is downloaded)
  new <handout|event> <name>
                     start leaflets/<name>.md from a template
  pack <manifest...> one PDF (cover, contents, leaflets, back matter) and a zip
                     of the single PDFs per manifest: out/packs/<pack>.pdf and .zip

Paths default to leaflets/.

Options:
  -o, --out DIR      output folder (default: out)
  -b, --brand FILE   brand file (default: assets/brand.yaml)
      --strict       treat warnings as errors
      --report KIND  text (default) or json: the messages and each file's status as JSON on stdout
      --messages LANG
                     the language of messages: zh-CN or en (default: LEAFLET_MESSAGES,
                     else the brand's)
      --ics          also write <name>.ics next to an event flyer
  -j, --jobs N       render up to N leaflets at once (default: a small batch one after
                     the other, a large one on every core)
      --force        render every leaflet, even those whose PDF is up to date
      --port N       the preview page's port (default: 4173)
      --debug        with an error of leaflet itself, show where it failed (for a bug report)
  -h, --help         show this help
  -v, --version      show the version

Print options:
  -f, --format SIZE  A4, A5, Letter or A3 (posters): wins over the leaflet's 'format'
      --press        for a print shop: 3 mm bleed, trim and bleed boxes, crop marks (x-press.pdf)
      --bleed MM     the bleed in millimetres, 0 to 10 (implies --press)
      --no-marks     no crop or fold marks (implies --press)
      --no-press     office pages, even when the brand file sets 'press: true'
      --booklet      A5 pages two-up on A4 sheets in saddle-stitch order (x-booklet.pdf)
      --trifold      a letter-fold tri-fold: one A4 sheet, both sides (x-trifold.pdf)
      --grayscale    greys only, for black-and-white printers (--no-grayscale overrides the brand)
      --large-print  14 pt text for readers with low vision (x-large-print.pdf)
      --phone        also a phone edition for WeChat: a long image 1080 px wide and a
                     90 mm wide PDF (x-phone.png, x-phone.pdf; --no-phone overrides the brand)

Exit codes: 0 all built, 1 a leaflet failed, 2 usage error.`;

const usageZh = `用法：leaflet <命令> [路径...] [选项]

命令：
  build [路径...]    把手册（.md 文件，或逐层查找的文件夹）排成 PDF
  check [路径...]    做全部检查，不写 PDF
  watch [路径...]    先排版，之后手册、品牌文件或图片一改动就重排那一份
  preview [路径...]  同 watch，并在 http://127.0.0.1:4173/ 的网页上实时显示手册
                     （手机版长图在下载时才生成）
  new <handout|event> <名称>
                     从模板新建 leaflets/<名称>.md（handout 手册，event 活动海报）
  pack <清单...>     每份清单生成一个合集 PDF（封面、目录、各手册、机构信息）和
                     一个装有各份 PDF 的 zip：out/packs/<合集>.pdf 和 .zip

不写路径时处理 leaflets/ 文件夹。

选项：
  -o, --out 文件夹   输出文件夹（默认：out）
  -b, --brand 文件   品牌文件（默认：assets/brand.yaml）
      --strict       把警告当作错误
      --report 格式  text（默认）或 json：在标准输出上以 JSON 给出消息和每个文件的状态
      --messages 语言
                     消息的语言：zh-CN 或 en（默认看 LEAFLET_MESSAGES，再看品牌文件）
      --ics          活动海报旁另写一个 <名称>.ics 日历文件
  -j, --jobs N       同时最多排 N 份手册（默认：份数少时逐份排，
                     多时每个处理器核排一份）
      --force        每份都重排，即使 PDF 已是最新
      --port N       预览网页的端口（默认：4173）
      --debug        leaflet 自身出错时显示出错的位置（用于报告问题）
  -h, --help         显示本帮助
  -v, --version      显示版本号

打印选项：
  -f, --format 尺寸  A4、A5、Letter 或 A3（海报）：优先于手册里的 format
      --press        交印刷厂：3 毫米出血、裁切框和出血框、裁切标记（x-press.pdf）
      --bleed 毫米   出血宽度，0 到 10 毫米（即 --press）
      --no-marks     不加裁切和折叠标记（即 --press）
      --no-press     办公室打印的页面，即使品牌文件写了 press: true
      --booklet      A5 小册子：两页拼一张 A4，按骑马钉顺序（x-booklet.pdf）
      --trifold      三折页：一张 A4 纸，双面（x-trifold.pdf）
      --grayscale    只用灰色，供黑白打印机（--no-grayscale 覆盖品牌文件的设置）
      --large-print  14 磅大字，方便视力不好的读者（x-large-print.pdf）
      --phone        另排手机版，发微信用：1080 像素宽的长图和 90 毫米宽的 PDF
                     （x-phone.png、x-phone.pdf；--no-phone 覆盖品牌文件的设置）

退出码：0 全部完成，1 有手册失败，2 命令用法错误。`;

export const cliMessages = {
  usage: { en: usageEn, 'zh-CN': usageZh },
  summary: { en: 'built {built}, failed {failed}, warnings {warnings}', 'zh-CN': '完成 {built}，失败 {failed}，警告 {warnings}' },
  summaryChecked: { en: 'passed {checked}, failed {failed}, warnings {warnings}', 'zh-CN': '通过 {checked}，失败 {failed}，警告 {warnings}' },
  summaryCached: { en: ', cached {cached}', 'zh-CN': '，未改动 {cached}' },
  seconds: { en: ', {seconds} s', 'zh-CN': '，{seconds} 秒' },
  statusFailed: { en: '{path} failed', 'zh-CN': '{path} 失败' },
  statusOk: { en: '{path} ok', 'zh-CN': '{path} 通过' },
  statusBuilt: { en: '{path} → {outputs}', 'zh-CN': '{path} → {outputs}' },
  statusCached: { en: '{path} → {outputs} (up to date)', 'zh-CN': '{path} → {outputs}（已是最新）' },
  olderPhone: {
    en: 'note: {image} is a phone image from an earlier build; the leaflet, its pictures or the brand file changed since, and {pdf} shows the changes while the image does not. Build with --phone to bring it up to date (npm run build -- --phone)',
    'zh-CN': '提示：{image} 是以前生成的手机版长图；之后手册、图片或品牌文件改过，{pdf} 已经更新，长图还没有。要更新它，请加上 --phone 再构建（npm run build -- --phone）',
  },
  error: { en: 'error', 'zh-CN': '错误' },
  warning: { en: 'warning', 'zh-CN': '警告' },
  hint: { en: 'hint', 'zh-CN': '提示' },
  unknownCommand: { en: "unknown command '{command}'", 'zh-CN': "没有 '{command}' 这个命令" },
  unknownCommandGuess: { en: "unknown command '{command}'; did you mean '{guess}'?", 'zh-CN': "没有 '{command}' 这个命令；是不是想写 '{guess}'？" },
  noCommand: { en: 'no command given', 'zh-CN': '没有给出命令' },
  seeHelp: { en: 'leaflet --help lists every command and option', 'zh-CN': 'leaflet --help 列出全部命令和选项' },
  badArguments: { en: '{detail}', 'zh-CN': '命令行参数有误：{detail}' },
  unknownOption: { en: "unknown option '{option}'", 'zh-CN': "没有 '{option}' 这个选项" },
  wideDashes: {
    en: "'{option}' is typed with Chinese dashes; an option starts with two ASCII hyphens: '{meant}'",
    'zh-CN': "'{option}' 用的是中文破折号；选项要以两个英文减号开头，请在英文（半角）输入法下输入：'{meant}'",
  },
  unknownOptionGuess: { en: "unknown option '{option}'; did you mean '{guess}'?", 'zh-CN': "没有 '{option}' 这个选项；是不是想写 '{guess}'？" },
  optionNeedsValue: { en: "'{option}' needs a value after it", 'zh-CN': "'{option}' 后面要写一个值" },
  optionTakesNoValue: { en: "'{option}' takes no value", 'zh-CN': "'{option}' 后面不写值" },
  jobsNotNumber: { en: "--jobs expects a whole number of 1 or more, not '{value}'", 'zh-CN': "--jobs 后面要写 1 或更大的整数，而不是 '{value}'" },
  jobsCapped: {
    en: 'leaflet: --jobs {asked} is more than the {cores} processor cores of this computer; using {cores}',
    'zh-CN': 'leaflet：--jobs {asked} 超过了这台电脑的 {cores} 个处理器核，改用 {cores}',
  },
  portNotNumber: { en: "--port expects a port number from 0 to 65535, not '{value}'", 'zh-CN': "--port 后面要写 0 到 65535 之间的端口号，而不是 '{value}'" },
  portInUse: { en: 'leaflet: port {port} is in use; choose another with --port', 'zh-CN': 'leaflet：端口 {port} 已被占用，请用 --port 换一个' },
  reportUnknown: { en: "unknown report '{value}'; use text or json", 'zh-CN': "没有 '{value}' 这种报告格式；请用 text 或 json" },
  messagesUnknown: { en: "unknown message language '{value}'; use zh-CN or en", 'zh-CN': "没有 '{value}' 这种消息语言；请用 zh-CN 或 en" },
  packNeedsManifest: { en: 'pack needs at least one manifest, e.g. leaflets/packs/hospital.yaml', 'zh-CN': 'pack 至少要一个清单文件，例如 leaflets/packs/hospital.yaml' },
  newUsage: { en: 'usage: leaflet new <handout|event> <name>', 'zh-CN': '用法：leaflet new <handout|event> <名称>' },
  formatUnknown: { en: '--format must be one of {formats}', 'zh-CN': '--format 只能是 {formats} 之一' },
  bleedRange: { en: '--bleed takes a number of millimetres from 0 to 10', 'zh-CN': '--bleed 后面要写 0 到 10 之间的毫米数' },
  pressConflict: { en: '--bleed and --no-marks are for press output; drop --no-press', 'zh-CN': '--bleed 和 --no-marks 用于交印刷厂的文件；请去掉 --no-press' },
  bookletAndTrifold: { en: 'choose --booklet or --trifold, not both', 'zh-CN': '--booklet 和 --trifold 只能选一个' },
  bookletFormat: { en: '--booklet sets its own sizes (A5 pages on A4 sheets); drop --format', 'zh-CN': '--booklet 有固定的尺寸（A5 页面拼在 A4 纸上）；请去掉 --format' },
  trifoldFormat: { en: '--trifold sets its own sizes (an A4 sheet); drop --format', 'zh-CN': '--trifold 有固定的尺寸（一张 A4 纸）；请去掉 --format' },
  internalError: { en: 'leaflet: internal error: {detail}', 'zh-CN': 'leaflet：程序内部出错：{detail}' },
  internalHint: { en: 'hint: run the command again with --debug to see where it failed', 'zh-CN': '提示：加上 --debug 再运行一次，可以看到出错的位置' },
  previewAt: { en: 'preview at {url} (open it in a browser; Ctrl-C to stop)', 'zh-CN': '预览地址：{url}（用浏览器打开；按 Ctrl-C 结束）' },
  watching: { en: 'watching for changes (Ctrl-C to stop)', 'zh-CN': '正在等待文件改动（按 Ctrl-C 结束）' },
  created: { en: 'created {file}\nnext: edit it, then run  npm run build  (or  npx leaflet build {file})', 'zh-CN': '已新建 {file}\n下一步：编辑这个文件，然后运行 npm run build（或 npx leaflet build {file}）' },
  packBuilt: { en: '{path} → {pdf}, {zip}', 'zh-CN': '{path} → {pdf}，{zip}' },
} satisfies Record<string, Entry>;
