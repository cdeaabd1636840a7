// The messages of the brand stage, in Chinese and English.
import type { Entry } from '../say.js';

export const brandMessages = {} satisfies Record<string, Entry>;
