// The settings' names as a Chinese writer may type them (标题 for title): each points at the key to write instead.

const names: Record<string, readonly string[]> = {
  title: ['标题', '題目', '题目', '標題', '主题', '名称'],
  subtitle: ['副标题', '副標題', '小标题'],
  series: ['系列', '栏目', '专栏'],
  series_en: ['英文系列', '系列英文'],
  date: ['日期', '发布日期', '出版日期'],
  lang: ['语言', '語言'],
  keywords: ['关键词', '關鍵詞', '关键字'],
  credit: ['翻译', '翻譯', '译者', '譯者', '署名', '致谢', '审校'],
  qr: ['二维码', '二維碼'],
  print_urls: ['打印网址', '显示网址'],
  event: ['活动', '活動'],
  partner: ['合作方', '合作伙伴', '合作單位', '合作单位', '伙伴'],
  align: ['对齐', '對齊'],
  format: ['纸张', '紙張', '格式', '开本', '尺寸', '纸型'],
  template: ['模板', '模版', '类型'],
  starts: ['开始', '开始时间', '開始'],
  ends: ['结束', '结束时间', '結束'],
  venue: ['地点', '地點', '场地', '會場', '会场'],
  address: ['地址'],
  name: ['名字', '名称', '场地名称'],
  online: ['线上', '直播', '線上', '在线'],
  register: ['报名', '報名', '报名链接'],
  contact: ['联系', '联系方式', '聯絡'],
  person: ['联系人', '聯絡人'],
  phone: ['电话', '電話', '手机'],
  fee: ['费用', '費用', '收费'],
  capacity: ['名额', '人数', '名額', '人數'],
  url: ['链接', '网址', '鏈接', '網址'],
  caption: ['说明', '说明文字', '提示语'],
  // A pack's manifest.
  recipient: ['对象', '收件人', '接收方', '赠送对象', '送给', '對象'],
  leaflets: ['手册', '手冊', '传单', '傳單', '资料', '資料', '文件'],
  intro: ['简介', '簡介', '介绍', '介紹', '前言', '导语'],
  booklet: ['小册子', '小冊子', '骑马钉'],
  press: ['印刷厂', '印刷廠', '印刷'],
};

/** The keys each Chinese name may stand for (名称: a leaflet's title, a venue's name). */
const byName = new Map<string, string[]>();
for (const [key, spellings] of Object.entries(names)) for (const spelling of spellings) byName.set(spelling, [...(byName.get(spelling) ?? []), key]);

/** The key that a Chinese name stands for at a place where `known` are the keys. */
export function keyForChinese(name: string, known: readonly string[]): string | undefined {
  return byName.get(name.trim())?.find((key) => known.includes(key));
}
