// The messages of the pack stage, in Chinese and English: the manifest, its leaflets and the pack's files.
import type { Entry } from '../say.js';

export const packMessages = {
  noPackWording: {
    en: "the brand file has no 'pack' wording for the cover, the contents and the README",
    'zh-CN': "品牌文件里没有 'pack' 这一项：合集的封面、目录和说明文件要用到其中的文字",
  },
  noPackWordingHint: {
    en: 'add pack: { prepared_for, contents, readme } to the brand file, as in assets/brand.yaml',
    'zh-CN': '在品牌文件里加上 pack: { prepared_for, contents, readme }，可以照着 assets/brand.yaml 写',
  },
  leafletFailed: {
    en: "leaflet '{name}' failed to build; see its messages",
    'zh-CN': "手册 '{name}' 没有排版成功，请看它自己的提示",
  },
  leafletOnePage: {
    en: "leaflet '{name}' is an {template} flyer, a one-page design that a pack cannot hold",
    'zh-CN': "手册 '{name}' 是 {template} 模板的单页海报，不能放进合集",
  },
  sameName: {
    en: 'two leaflets of the pack are named {name}',
    'zh-CN': '合集里有两份手册都叫 {name}',
  },
  sameNameHint: {
    en: 'rename one of the two files',
    'zh-CN': '请把其中一个文件改个名字',
  },
  renderFailed: {
    en: 'the pack could not be rendered: {cause}',
    'zh-CN': '合集的 PDF 没能生成：{cause}',
  },
  writeFailed: {
    en: 'cannot write the pack: {cause}',
    'zh-CN': '合集的文件写不进去：{cause}',
  },
  leafletMissing: {
    en: "leaflet '{name}' does not exist",
    'zh-CN': "手册 '{name}' 不存在",
  },
  leafletMissingHint: {
    en: 'a path is read from the manifest’s folder, then from the project folder',
    'zh-CN': '路径先从清单文件所在的文件夹找，再从项目文件夹找',
  },
  leafletRefused: {
    en: "leaflet '{name}' {reason}",
    'zh-CN': "手册 '{name}'：{reason}",
  },
  leafletOutsideHint: {
    en: 'list leaflets inside the project folder, by a path relative to the manifest or to the project folder',
    'zh-CN': '只能列出项目文件夹里的手册，路径从清单文件所在的文件夹或项目文件夹算起',
  },
  leafletTwice: {
    en: "leaflet '{name}' is listed twice",
    'zh-CN': "手册 '{name}' 列了两次",
  },
} satisfies Record<string, Entry>;
