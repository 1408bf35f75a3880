/** Types for the `hyphen` package's Spanish patterns (it ships none). */
declare module 'hyphen/es/index.js' {
  /** Options of the hyphenator. */
  interface HyphenOptions {
    /** Soft hyphen to insert. @default '\u00AD' */
    hyphenChar?: string;
    /** Shortest word to hyphenate. @default 5 */
    minWordLength?: number;
    /** Words with their own break points, e.g. 'in-mu-no'. */
    exceptions?: string[];
  }
  /** The package is CommonJS: its functions come as the default export's members. */
  const hyphen: {
    /** Insert soft hyphens into the words of a text or HTML (tags and attributes are left alone). */
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default hyphen;
}
