/*
 * Run by the PDF engine in a deck's print view once it is laid out (after deck-fit.js): how each
 * slide's text fitted, in slide order, as data — the slide's data-key, deck-fit.js's data-fit
 * verdict, the body text size it ended at, and heading words wider than their heading (the browser
 * breaks those mid-word). A long word is measured in a temporary span that is removed at once.
 */
(function () {
  function longWords(section) {
    var found = [];
    var headings = section.querySelectorAll('h1, h2');
    for (var i = 0; i < headings.length; i++) {
      var h = headings[i];
      var width = h.clientWidth;
      var words = (h.textContent || '').split(/\s+/).filter(Boolean);
      for (var j = 0; j < words.length; j++) {
        var probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = words[j];
        h.appendChild(probe);
        var w = probe.getBoundingClientRect().width;
        probe.remove();
        if (width > 0 && w > width + 1) found.push(words[j]);
      }
    }
    return found;
  }
  var sections = document.querySelectorAll('.reveal .slides section.slide');
  return Array.prototype.map.call(sections, function (s) {
    var body = s.querySelector('.slide-body');
    return {
      key: s.getAttribute('data-key') || '',
      fit: s.getAttribute('data-fit') || 'unmeasured',
      bodyPx: body ? Math.round(parseFloat(window.getComputedStyle(body).fontSize)) : 0,
      longWords: longWords(s),
    };
  });
})();
