/*
 * Run by the PDF engine in a deck's print view once it is laid out (after deck-fit.js): how each
 * slide's text fitted, in slide order, as data — the slide's data-key, deck-fit.js's data-fit
 * verdict, the body text size it ended at, and heading words wider than their heading (the browser
 * breaks those mid-word). Each word is measured in a temporary span, all removed before printing.
 */
(function () {
  // Every probe is added first and measured after, so the page is laid out once, not once per word
  // (that made the report grow with the square of the slide count in a large deck).
  var sections = Array.prototype.slice.call(document.querySelectorAll('.reveal .slides section.slide'));
  var headings = [];
  sections.forEach(function (s, i) {
    var hs = s.querySelectorAll('h1, h2');
    for (var h = 0; h < hs.length; h++) headings.push({ slide: i, el: hs[h], width: 0 });
  });
  // Widths first, before any probe is added (a probe could widen a heading that fits its content).
  headings.forEach(function (h) {
    h.width = h.el.clientWidth;
  });
  var probes = [];
  headings.forEach(function (h) {
    var words = (h.el.textContent || '').split(/\s+/).filter(Boolean);
    for (var j = 0; j < words.length; j++) {
      var probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = words[j];
      h.el.appendChild(probe);
      probes.push({ slide: h.slide, width: h.width, word: words[j], probe: probe });
    }
  });
  var found = sections.map(function () {
    return [];
  });
  // Layout sizes (offsetWidth, clientWidth), not screen boxes: a handout scales its slides with a transform.
  probes.forEach(function (p) {
    if (p.width > 0 && p.probe.offsetWidth > p.width + 1) found[p.slide].push(p.word);
  });
  probes.forEach(function (p) {
    p.probe.remove();
  });
  return sections.map(function (s, i) {
    var body = s.querySelector('.slide-body');
    return {
      key: s.getAttribute('data-key') || '',
      fit: s.getAttribute('data-fit') || 'unmeasured',
      bodyPx: body ? Math.round(parseFloat(window.getComputedStyle(body).fontSize)) : 0,
      longWords: found[i],
    };
  });
})();
