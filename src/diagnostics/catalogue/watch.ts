// The messages of the watch stage, in Chinese and English.
import type { Entry } from '../say.js';

export const watchMessages = {} satisfies Record<string, Entry>;
