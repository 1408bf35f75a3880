import type { DeckApi } from '../../contract/ipc-contract.js';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser build (immunodeck serve). */
    deckApi?: DeckApi;
  }
}

export {};
