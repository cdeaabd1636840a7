// The messages of the source stage, in Chinese and English.
import type { Entry } from '../say.js';

export const sourceMessages = {} satisfies Record<string, Entry>;
