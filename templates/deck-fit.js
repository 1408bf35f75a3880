/*
 * Keeps every slide's content inside its content box (.slide-body), above the sources line and the
 * footer. When a slide has more text than fits: (1) its body text shrinks 1px at a time down to the
 * theme's smallest body size (config.fit.minBodyPx); (2) spacing tightens (class is-dense; headings never
 * shrink); (3) as a last resort body text goes below the theme minimum, to 24px.
 * What remains is clipped at the content box, never drawn over the sources line. The result is
 * recorded as data-fit="ok" | "shrunk" | "below-minimum" | "overflow" so tests and the app can point
 * at slides that need splitting.
 */
(function () {
  var config = JSON.parse(document.getElementById('immunodeck-config').textContent);
  var minPx = (config.fit && config.fit.minBodyPx) || 28;
  // Last resort, below the theme's minimum: the WCAG large-text size. Smaller text than the theme
  // promises beats text that is cut off; the slide is marked so the author can split it.
  var LAST_RESORT_PX = 24;
  var deck = window.immunodeck && window.immunodeck.deck;
  if (!deck) return;

  function overflows(body) {
    return body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
  }

  function shrink(body, size, to) {
    while (overflows(body) && size > to) {
      size = Math.max(to, size - 1);
      body.style.fontSize = size + 'px';
    }
    return size;
  }

  function fit(section) {
    var body = section.querySelector('.slide-body');
    if (!body || body.clientHeight === 0 || section.hasAttribute('data-fit')) return;
    var start = parseFloat(window.getComputedStyle(body).fontSize);
    var size = shrink(body, start, minPx);
    if (overflows(body)) section.classList.add('is-dense');
    if (overflows(body)) size = shrink(body, size, Math.min(minPx, LAST_RESORT_PX));
    var state = size < start || section.classList.contains('is-dense') ? 'shrunk' : 'ok';
    if (size < minPx) state = 'below-minimum';
    if (overflows(body)) state = 'overflow';
    section.setAttribute('data-fit', state);
  }

  function fitShown() {
    var sections = document.querySelectorAll('.reveal .slides section.slide');
    for (var i = 0; i < sections.length; i++) fit(sections[i]);
  }

  function refitAll() {
    var sections = document.querySelectorAll('.reveal .slides section.slide[data-fit]');
    for (var i = 0; i < sections.length; i++) {
      sections[i].removeAttribute('data-fit');
      sections[i].classList.remove('is-dense');
      var body = sections[i].querySelector('.slide-body');
      if (body) body.style.fontSize = '';
    }
    fitShown();
  }

  deck.on('ready', fitShown);
  deck.on('slidechanged', fitShown);
  deck.on('pdf-ready', fitShown);
  if (deck.isReady && deck.isReady()) fitShown();
  // Measure again once the embedded fonts are in: fallback fonts have other widths.
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(refitAll);
})();
