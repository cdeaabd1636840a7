// The messages of the layout stage, in Chinese and English.
import type { Entry } from '../say.js';

export const layoutMessages = {} satisfies Record<string, Entry>;
