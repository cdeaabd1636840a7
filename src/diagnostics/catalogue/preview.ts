// The preview page's texts and the preview server's replies, in Chinese and English.
import type { Entry } from '../say.js';

/** What the page shows: filled into its HTML, and handed to its script for the texts it makes. */
export const previewPageTexts = {
  pageTitle: { en: 'Leaflet preview', 'zh-CN': '手册预览' },
  connecting: { en: 'connecting', 'zh-CN': '正在连接' },
  live: { en: 'live', 'zh-CN': '实时更新中' },
  disconnected: { en: 'disconnected', 'zh-CN': '已断开' },
  leaflets: { en: 'Leaflets', 'zh-CN': '手册' },
  selectLeaflet: { en: 'Select a leaflet', 'zh-CN': '请在左边选一份手册' },
  zoom: { en: 'Zoom', 'zh-CN': '缩放' },
  edition: { en: 'Edition', 'zh-CN': '版本' },
  editionPrint: { en: 'Print', 'zh-CN': '印刷版' },
  editionPhone: { en: 'Phone', 'zh-CN': '手机版' },
  download: { en: 'Download PDF', 'zh-CN': '下载 PDF' },
  downloadImage: { en: 'Download phone image', 'zh-CN': '下载手机长图' },
  buildFailed: { en: 'Build failed: the last good version is shown below', 'zh-CN': '排版没有成功：下面显示的是上一次成功的版本' },
  diagnostics: { en: 'Diagnostics', 'zh-CN': '问题' },
  noPdf: { en: 'No PDF to show yet', 'zh-CN': '还没有可以显示的 PDF' },
  brandErrors: { en: 'The brand file has errors: {source}', 'zh-CN': '品牌文件有错误：{source}' },
  statusOk: { en: 'ok', 'zh-CN': '正常' },
  statusWarnings: { en: 'warnings', 'zh-CN': '有警告' },
  statusError: { en: 'error', 'zh-CN': '有错误' },
  statusPending: { en: 'pending', 'zh-CN': '等待中' },
  error: { en: 'error', 'zh-CN': '错误' },
  warning: { en: 'warning', 'zh-CN': '警告' },
  hint: { en: 'hint', 'zh-CN': '提示' },
  colon: { en: ': ', 'zh-CN': '：' },
  place: { en: 'line {line}, column {column}', 'zh-CN': '第 {line} 行，第 {column} 列' },
} satisfies Record<string, Entry>;

export const previewMessages = {
  ...previewPageTexts,
  wrongHost: { en: 'forbidden: open the preview at localhost or 127.0.0.1', 'zh-CN': '不允许访问：请用 localhost 或 127.0.0.1 打开预览' },
  wrongOrigin: { en: 'forbidden: only the preview page itself may ask', 'zh-CN': '不允许访问：只有预览网页本身可以请求' },
  wrongMethod: { en: 'method not allowed', 'zh-CN': '不支持这种请求' },
  notFound: { en: 'not found', 'zh-CN': '找不到' },
  requestFailed: { en: 'leaflet preview: {request} failed: {cause}', 'zh-CN': 'leaflet 预览：{request} 出错：{cause}' },
} satisfies Record<string, Entry>;
