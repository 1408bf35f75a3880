/** Public entry of the app service (see deck-service.ts for how the shells wire it). */
export { createDeckService, invokeChannel, type DeckService, type DeckServiceOptions } from './deck-service.js';
export { confinePath } from './confine.js';
