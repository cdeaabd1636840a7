// The messages of the templates stage, in Chinese and English.
import type { Entry } from '../say.js';

export const templatesMessages = {} satisfies Record<string, Entry>;
