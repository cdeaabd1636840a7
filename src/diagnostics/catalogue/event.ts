// The messages of the event stage, in Chinese and English.
import type { Entry } from '../say.js';

export const eventMessages = {} satisfies Record<string, Entry>;
