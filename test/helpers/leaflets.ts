// Leaflet texts made up for tests: numbered paragraphs, so that a test can tell where each one lands.
export const paragraph = (n: number) =>
  `第${String(n).padStart(2, '0')}段。硬皮病患者的免疫系统“错误地”攻击健康的结缔组织。这些攻击会触发损害性反应，并导致胶原蛋白沉积，从而形成硬化的瘢痕样组织。`;

/** A leaflet of `count` numbered paragraphs: about ten fill an A5 page or a tri-fold panel. */
export function numberedLeaflet(count: number, title = '编号段落'): string {
  return `---\ntitle: ${title}\n---\n\n${Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`;
}

/** The numbers of the paragraphs that start in a text. */
export function paragraphNumbers(text: string): number[] {
  // Extraction reads the quarter em between Chinese and digits as a space.
  return [...text.matchAll(/第 ?(\d\d) ?段/g)].map((m) => Number(m[1]));
}
