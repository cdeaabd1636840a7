// The message catalogue: every message leaflet shows its users, per stage, in Chinese and English.
import { brandMessages } from './brand.js';
import { cliMessages } from './cli.js';
import { eventMessages } from './event.js';
import { layoutMessages } from './layout.js';
import { modelMessages } from './model.js';
import { packMessages } from './pack.js';
import { pipelineMessages } from './pipeline.js';
import { previewMessages } from './preview.js';
import { printMessages } from './print.js';
import { renderMessages } from './render.js';
import { scaffoldMessages } from './scaffold.js';
import { sourceMessages } from './source.js';
import { templatesMessages } from './templates.js';
import { watchMessages } from './watch.js';

/** Every entry by stage, for the test that each has both languages with the same placeholders. */
export const catalogue = {
  source: sourceMessages,
  brand: brandMessages,
  model: modelMessages,
  event: eventMessages,
  layout: layoutMessages,
  render: renderMessages,
  templates: templatesMessages,
  print: printMessages,
  pipeline: pipelineMessages,
  pack: packMessages,
  watch: watchMessages,
  preview: previewMessages,
  scaffold: scaffoldMessages,
  cli: cliMessages,
};
