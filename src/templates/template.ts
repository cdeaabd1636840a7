// What a template is: a Document component and what the print stage may do with it.
import type { ComponentType } from 'react';
import type { LeafletProps } from '../render/leaflet-document.js';
import type { TemplateTraits } from './template-traits.js';

export interface Template extends TemplateTraits {
  Document: ComponentType<LeafletProps>;
  /** The phone edition: one long page, 90 mm wide. */
  Phone: ComponentType<LeafletProps>;
}
