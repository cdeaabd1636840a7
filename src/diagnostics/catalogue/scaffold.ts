// The messages of the scaffold stage, in Chinese and English.
import type { Entry } from '../say.js';

export const scaffoldMessages = {} satisfies Record<string, Entry>;
