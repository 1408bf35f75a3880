/**
 * Inline Markdown (**bold**, *italic*, [links](https://…), `code`, ~~strike~~) as a flat list of
 * text runs, for writers that are not HTML. Parsed with markdown-it's parseInline with the same
 * options as core/render/markdown.ts, so a run list says what the HTML shows; raw HTML stays text and
 * only http, https and mailto links are kept (as in the HTML's sanitizer).
 */
import MarkdownIt from 'markdown-it';

/** One stretch of text with one set of marks. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** Link target (http, https or mailto only). */
  link?: string;
  /** A line break inside the paragraph (Markdown hard break). */
  lineBreak?: boolean;
}

const parser = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: false }).disable('image');

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Inline Markdown → runs; adjacent runs with the same marks are merged. */
export function inlineRuns(markdown: string): InlineRun[] {
  const tokens = parser.parseInline(markdown, {});
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  let strike = 0;
  const links: (string | undefined)[] = [];
  const push = (text: string, extra: Partial<InlineRun> = {}): void => {
    if (!text && !extra.lineBreak) return;
    const link = links.at(-1);
    const run: InlineRun = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (strike > 0) run.strike = true;
    if (link) run.link = link;
    Object.assign(run, extra);
    const last = runs.at(-1);
    if (last && !run.lineBreak && !last.lineBreak && sameMarks(last, run)) last.text += run.text;
    else runs.push(run);
  };
  for (const token of tokens[0]?.children ?? []) {
    switch (token.type) {
      case 'text':
      case 'html_inline':
        push(token.content);
        break;
      case 'code_inline':
        push(token.content, { code: true });
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('', { lineBreak: true });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 's_open':
        strike++;
        break;
      case 's_close':
        strike--;
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        links.push(SAFE_LINK.test(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      default:
        if (token.content) push(String(token.content));
    }
  }
  return runs;
}

function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.link === b.link;
}

/** The runs' text, concatenated (line breaks as newlines). */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');
}
