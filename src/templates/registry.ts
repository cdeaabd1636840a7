// The templates a leaflet can choose with `template:`: each is a Document component in a folder of its own.
import type { ComponentType } from 'react';
import type { LeafletProps } from '../render/leaflet-document.js';
import { LeafletDocument } from '../render/leaflet-document.js';
import type { TemplateName } from '../source/leaflet-schema.js';
import { EventDocument } from './event/event-document.js';

export interface Template {
  Document: ComponentType<LeafletProps>;
  /** A one-page design: more than one page is an error, never a smaller type. */
  onePage: boolean;
  /** Booklet and tri-fold layouts make sense for it. */
  folds: boolean;
}

export const templates: Record<TemplateName, Template> = {
  handout: { Document: LeafletDocument, onePage: false, folds: true },
  event: { Document: EventDocument, onePage: true, folds: false },
};
