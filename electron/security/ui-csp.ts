import { uiCsp } from '../../contract/csp.js';
import { DECK_SCHEME } from './schemes.js';

/** Policy of the app UI (`app://ui`): deck previews are framed only from `deck:` (see contract/csp.ts). */
export const UI_CSP: string = uiCsp(`${DECK_SCHEME}:`);
