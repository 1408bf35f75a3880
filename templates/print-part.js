/*
 * Run by the PDF engine before it prints one part of a very large document (core/export/print-chunks.ts):
 * only the page boxes of the part stay in the document, and the last of them ends it (no forced break
 * after it, so no blank page). The other boxes are taken out of the document (each leaves a comment
 * in its place and comes back when its part prints), not hidden: hidden boxes still cost Chromium
 * style, layout and accessibility work on every part, which made the cost grow with the square of
 * the pages. Set through the DOM and the CSS object model, which the page's CSP allows.
 * A function expression: the engine calls it with { selector, from, to }.
 */
(function (range) {
  var state = window.immunodeckParts;
  if (!state || state.selector !== range.selector) {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(range.selector));
    state = window.immunodeckParts = {
      selector: range.selector,
      boxes: boxes,
      marks: boxes.map(function () {
        return document.createComment('part');
      }),
      shown: boxes.map(function () {
        return true;
      }),
    };
  }
  for (var i = 0; i < state.boxes.length; i++) {
    var show = i >= range.from && i < range.to;
    if (show !== state.shown[i]) {
      if (show) state.marks[i].replaceWith(state.boxes[i]);
      else state.boxes[i].replaceWith(state.marks[i]);
      state.shown[i] = show;
    }
    if (show) state.boxes[i].style.breakAfter = i === range.to - 1 ? 'avoid' : '';
  }
});
