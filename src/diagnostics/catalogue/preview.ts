// The messages of the preview stage, in Chinese and English.
import type { Entry } from '../say.js';

export const previewMessages = {} satisfies Record<string, Entry>;
