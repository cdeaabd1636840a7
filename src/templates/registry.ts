// The templates a leaflet can choose with `template:`: each is a Document component in a folder of its own.
import { LeafletDocument } from '../render/leaflet-document.js';
import type { TemplateName } from '../source/leaflet-schema.js';
import { EventDocument } from './event/event-document.js';
import type { Template } from './template.js';
import { templateTraits } from './template-traits.js';

export type { Template };

export const templates: Record<TemplateName, Template> = {
  handout: { ...templateTraits.handout, Document: LeafletDocument },
  event: { ...templateTraits.event, Document: EventDocument },
};
