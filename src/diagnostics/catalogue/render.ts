// The messages of the render stage, in Chinese and English.
import type { Entry } from '../say.js';

export const renderMessages = {} satisfies Record<string, Entry>;
