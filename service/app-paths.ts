import os from 'node:os';
import path from 'node:path';

/**
 * The folder for the app's own settings (recent decks) when not run by Electron:
 * %APPDATA%\ImmunoDeck on Windows, ~/Library/Application Support/ImmunoDeck on macOS,
 * $XDG_CONFIG_HOME/immunodeck (or ~/.config/immunodeck) elsewhere.
 */
export function defaultConfigDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming'), 'ImmunoDeck');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'ImmunoDeck');
  return path.posix.join(env['XDG_CONFIG_HOME'] || path.posix.join(home, '.config'), 'immunodeck');
}
