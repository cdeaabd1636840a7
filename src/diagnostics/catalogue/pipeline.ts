// The messages of the pipeline stage, in Chinese and English.
import type { Entry } from '../say.js';

export const pipelineMessages = {} satisfies Record<string, Entry>;
