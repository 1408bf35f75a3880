/** The text a reader sees in a rendered deck: the slides without tags, scripts, styles or notes. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|aside)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
