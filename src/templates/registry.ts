// The templates a leaflet can choose with `template:`: each is a Document component in a folder of its own.
import { LeafletDocument } from '../render/leaflet-document.js';
import type { TemplateName } from '../source/leaflet-schema.js';
import { EventDocument } from './event/event-document.js';
import type { Template } from './template.js';

export type { Template };

export const templates: Record<TemplateName, Template> = {
  handout: { Document: LeafletDocument, onePage: false, folds: true },
  event: { Document: EventDocument, onePage: true, folds: false },
};
