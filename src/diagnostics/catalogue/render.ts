// The messages of the render stage, in Chinese and English: text and tables too wide for their column.
import type { Entry } from '../say.js';

export const renderMessages = {
  longWord: {
    en: "'{text}' is wider than its column and has no place to break; it is broken inside",
    'zh-CN': '“{text}”比这一栏还宽，中间又没有可以换行的地方，印出来会从中间断开',
  },
  longWordCut: {
    en: "'{start}…' ({count} characters) is wider than its column and has no place to break; it is broken inside",
    'zh-CN': '“{start}…”（共 {count} 个字符）比这一栏还宽，中间又没有可以换行的地方，印出来会从中间断开',
  },
  longAddressHint: {
    en: 'a long address reads better as a link with a short text, such as [原文](https://…), with `print_urls: false` in the front matter',
    'zh-CN': '长网址最好写成带简短文字的链接，例如 [原文](https://…)，并在开头的设置里加一行 `print_urls: false`',
  },
  longWordHint: {
    en: 'put a space where it may break, or shorten it',
    'zh-CN': '在可以断开的地方加一个空格，或者把它改短一些',
  },
  tableStacked: {
    en: "the table's {columns} columns do not fit the page even in {size} pt type; each row is printed as a block, every cell beside its header",
    'zh-CN': '这个表格有 {columns} 列，字号缩到 {size} 磅也排不下；每一行改排成一小块，每格写在它的表头旁边',
  },
  tableSmaller: {
    en: 'the table is too wide for the page in {base} pt type; it is set in {size} pt',
    'zh-CN': '这个表格用 {base} 磅的字排，页面放不下；已改用 {size} 磅的字',
  },
  wideTableHint: {
    en: 'split the table into narrower ones, or turn it round: fewer columns and more rows',
    'zh-CN': '把表格拆成几个窄一些的表，或者把行和列对调：少几列，多几行',
  },
} satisfies Record<string, Entry>;
