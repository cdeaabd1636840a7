// The messages of the model stage, in Chinese and English.
import type { Entry } from '../say.js';

export const modelMessages = {} satisfies Record<string, Entry>;
