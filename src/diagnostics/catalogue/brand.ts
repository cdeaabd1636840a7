// The messages of the brand stage, in Chinese and English: the brand file and the files it names.
import type { Entry } from '../say.js';

export const brandMessages = {
  logo: { en: 'logo', 'zh-CN': '标志图片' },
  font: { en: 'font', 'zh-CN': '字体' },
  wrongFileType: { en: "{what} '{path}' has the wrong file type", 'zh-CN': "{what} '{path}' 的文件类型不对" },
  fontNotInPackage: { en: "font package '{name}' is not a path inside an npm package", 'zh-CN': "字体包 '{name}' 不是 npm 包里面的路径" },
  fontNotInPackageHint: {
    en: 'write the package name and the file in it, e.g. "@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf"; a font file of your own goes under file: instead',
    'zh-CN': '请写出包名和包里的文件，例如 "@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf"；自己的字体文件请写在 file: 下面',
  },
  fontNotInstalled: { en: "font '{name}' is not installed", 'zh-CN': "字体 '{name}' 还没有安装" },
  fontNotInstalledHint: { en: 'install its npm package in the project folder first', 'zh-CN': '请先在项目文件夹里安装它的 npm 包' },
  fontOutsideHint: {
    en: 'install its npm package in the project folder, so that it is in the project’s own node_modules',
    'zh-CN': '请在项目文件夹里安装它的 npm 包，让它位于项目自己的 node_modules 里',
  },
  fontNotTtf: { en: "font '{name}' is not a .ttf file", 'zh-CN': "字体 '{name}' 不是 .ttf 文件" },
  needsQr: {
    en: "the brand needs 'qr.url' or a contact entry of kind 'website' for the QR code",
    'zh-CN': "品牌文件需要 'qr.url'，或者一条 kind 为 'website' 的联系方式，用来生成二维码",
  },
  // The schema's own messages: zod carries their English text, and the Chinese is found by it.
  oneLanguage: { en: 'give the text in at least one language', 'zh-CN': '请至少用一种语言写出这段文字' },
  colour: { en: 'expected a colour written as #RRGGBB', 'zh-CN': '颜色要写成 #RRGGBB 的形式（# 后面六位十六进制数字）' },
  smallerFirst: { en: 'give the smaller number first, as in [10, 11.5]', 'zh-CN': '小的数写在前面，例如 [10, 11.5]' },
} satisfies Record<string, Entry>;
