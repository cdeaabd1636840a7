// The messages of the print stage, in Chinese and English.
import type { Entry } from '../say.js';

export const printMessages = {} satisfies Record<string, Entry>;
