// What each template lets the print stage do, apart from its Document: the checks read this without loading a renderer.
import type { TemplateName } from '../source/leaflet-schema.js';

export interface TemplateTraits {
  /** A one-page design: more than one page is an error, never a smaller type. */
  onePage: boolean;
  /** Booklet and tri-fold layouts make sense for it. */
  folds: boolean;
}

export const templateTraits: Record<TemplateName, TemplateTraits> = {
  handout: { onePage: false, folds: true },
  event: { onePage: true, folds: false },
};
