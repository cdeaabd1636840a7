// The templates a leaflet can choose with `template:`: each is a Document component in a folder of its own.
import { LeafletDocument } from '../render/leaflet-document.js';
import type { TemplateName } from '../source/leaflet-schema.js';
import { PhoneDocument } from '../render/phone-document.js';
import { EventDocument } from './event/event-document.js';
import { EventPhone } from './event/event-phone.js';
import type { Template } from './template.js';
import { templateTraits } from './template-traits.js';

export type { Template };

export const templates: Record<TemplateName, Template> = {
  handout: { ...templateTraits.handout, Document: LeafletDocument, Phone: PhoneDocument },
  event: { ...templateTraits.event, Document: EventDocument, Phone: EventPhone },
};
