// How full each rendered page is, read from react-pdf's layout of the pages: the copyfit's measure.
import type { PageFill } from '../layout/copyfit.js';

interface Box {
  top: number;
  height: number;
  marginTop?: number;
  marginBottom?: number;
  paddingTop?: number;
  paddingBottom?: number;
}

/** A node of react-pdf's laid-out document, as far as the measure reads it. */
export interface LaidOut {
  box?: Box;
  props?: { fixed?: boolean; part?: string };
  style?: { flexGrow?: number; position?: string };
  children?: LaidOut[];
}

/** The height a node takes in its column, its margins included. */
const outer = (box: Box) => box.height + (box.marginTop ?? 0) + (box.marginBottom ?? 0);

/**
 * What a node's content takes: a node that grows to fill its page (the spacer that sets the back matter or a
 * flyer's footer at the foot) counts only its children, not the free space it takes up.
 */
function usedBy(node: LaidOut): number {
  if (!node.box) return 0;
  if ((node.style?.flexGrow ?? 0) > 0) return (node.children ?? []).reduce((sum, child) => sum + usedBy(child), 0);
  return outer(node.box);
}

/** The part that a node of the page draws, as the render marks it: `disclaimer`, or `back-matter` (when kept whole). */
export const partOf = (part: string) => ({ part }) as Record<string, string>;

/**
 * Each page's content height against its text area; what is fixed on every page (the running footer) is not
 * content. `backAlone`: the page holds the back matter, kept whole, and nothing else but the disclaimer.
 */
export function pageFills(document: LaidOut): PageFill[] {
  return (document.children ?? []).map((page) => {
    const box = page.box!;
    const capacity = box.height - (box.paddingTop ?? 0) - (box.paddingBottom ?? 0);
    const content = (page.children ?? []).filter((child) => !child.props?.fixed && child.style?.position !== 'absolute' && usedBy(child) > 0);
    const backAlone = content.some((child) => child.props?.part === 'back-matter') && content.every((child) => ['back-matter', 'disclaimer'].includes(child.props?.part ?? ''));
    return { used: Math.min(capacity, content.reduce((sum, child) => sum + usedBy(child), 0)), capacity, ...(backAlone ? { backAlone } : {}) };
  });
}

/** The heights of the top-level nodes of all pages in reading order, for a measure of where blocks fall. */
export function nodeHeights(document: LaidOut): number[] {
  return (document.children ?? []).flatMap((page) => (page.children ?? []).filter((child) => !child.props?.fixed && child.style?.position !== 'absolute').map(usedBy));
}
