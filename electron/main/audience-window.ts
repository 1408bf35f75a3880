/**
 * The thin Electron adapter of audience-display.ts: finds the displays and the console's display
 * when the UI opens the audience page, and answers the window-open request.
 */
import { screen, type BrowserWindow, type WindowOpenHandlerResponse } from 'electron';
import { audienceWindowResponse, chooseAudienceDisplay } from './audience-display.js';

/** For {@link GuardOptions.openWindow}: allow the audience page of `main` onto the second display. */
export function audienceWindowFor(main: () => BrowserWindow | undefined): (url: string) => WindowOpenHandlerResponse | undefined {
  return (url) => {
    const win = main();
    if (!win || win.isDestroyed()) return undefined;
    const consoleDisplay = screen.getDisplayMatching(win.getBounds());
    const displays = screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, internal: d.internal }));
    return audienceWindowResponse(url, chooseAudienceDisplay(displays, consoleDisplay.id));
  };
}
