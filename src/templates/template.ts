// What a template is: a Document component and what the print stage may do with it.
import type { ComponentType } from 'react';
import type { LeafletProps } from '../render/leaflet-document.js';

export interface Template {
  Document: ComponentType<LeafletProps>;
  /** A one-page design: more than one page is an error, never a smaller type. */
  onePage: boolean;
  /** Booklet and tri-fold layouts make sense for it. */
  folds: boolean;
}
