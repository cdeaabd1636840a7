// The messages of the pack stage, in Chinese and English.
import type { Entry } from '../say.js';

export const packMessages = {} satisfies Record<string, Entry>;
