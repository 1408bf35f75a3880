/** The service's resolved settings, shared by the service and its handlers. */
export interface ServiceSettings {
  /** Folder for the app's own files (recent-decks.json). */
  configDir: string;
  /** The shipped library (read-only). */
  builtinRoot: string;
  /** Where "Customize library" copies to when no target is given. */
  defaultCustomRoot: string;
  /** Where exports are written. */
  exportDir: string;
  /** Which shell runs the service. */
  host: 'electron' | 'browser';
}
