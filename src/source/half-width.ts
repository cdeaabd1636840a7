// What a Chinese keyboard types in full width, as its ASCII character: Ａ４ → A4, ＃ → #, （ → (.

/** The text with each full-width ASCII form (U+FF01–U+FF5E) as the ASCII character it stands for. */
export const halfWidth = (text: string) => text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
