/*
 * Run by the PDF engine before it prints one part of a very large document (core/export/print-chunks.ts):
 * show only the page boxes of the part, and let the last of them end the document (no forced break
 * after it, so no blank page). Set through the CSS object model, which the page's CSP allows.
 * A function expression: the engine calls it with { selector, from, to }.
 */
(function (range) {
  var boxes = document.querySelectorAll(range.selector);
  for (var i = 0; i < boxes.length; i++) {
    var shown = i >= range.from && i < range.to;
    boxes[i].style.display = shown ? '' : 'none';
    boxes[i].style.breakAfter = shown && i === range.to - 1 ? 'avoid' : '';
  }
});
