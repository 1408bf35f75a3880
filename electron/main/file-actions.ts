/**
 * What the export dialog's "Open" and "Show in folder" buttons do in the desktop app. Plain
 * functions over Electron's `shell`, so they are tested with vi.mock('electron'). The service
 * checks first that the file is an exported one (export:reveal); these only hand it to the system.
 */
import { shell } from 'electron';

/** Show the file selected in the system file manager (Explorer, Finder, Files). */
export function showInFolder(file: string): boolean {
  shell.showItemInFolder(file);
  return true;
}

/**
 * Open the file in the program the system uses for it (a PDF reader, PowerPoint, the browser for
 * the HTML deck). Answers '' when it opened, or the system's reason in plain words.
 */
export async function openWithSystem(file: string): Promise<string> {
  try {
    return await shell.openPath(file);
  } catch (e) {
    return (e as Error).message || 'the system could not open it';
  }
}
