/* Starts reveal.js for an ImmunoDeck deck. Config comes from the JSON block in the page. */
(function () {
  var config = JSON.parse(document.getElementById('immunodeck-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var print = params.has('print-pdf');
  // --print-background: keep the screen colours on paper (otherwise dark themes print light; deck.css @media print).
  if (params.has('print-background')) document.documentElement.classList.add('id-print-background');
  else if (print) document.documentElement.classList.add('id-paper');
  var options = Object.assign({}, config.reveal, {
    plugins: [window.RevealNotes],
    view: print ? 'print' : null,
  });
  if (print) {
    // Slides print in their final state, one page each, with numbers.
    options.pdfSeparateFragments = false;
    options.pdfMaxPagesPerSlide = 1;
    options.showNotes = params.has('notes') ? 'separate-page' : false;
    // No margin: the page is exactly the slide (16:9 or 4:3), so backgrounds reach the page edge.
    options.margin = 0;
  }
  var deck = new window.Reveal(options);
  window.immunodeck = { deck: deck, ready: false };
  if (config.help && !print) translateKeyboardHelp(config.help);
  deck.initialize().then(function () {
    window.immunodeck.ready = true;
    document.documentElement.setAttribute('data-immunodeck-ready', print ? 'print' : 'slides');
  });
  deck.on('pdf-ready', function () {
    // The print view numbers pages "1", "2"…; show "1 / 9" as on screen.
    var numbers = document.querySelectorAll('.slide-number-pdf');
    numbers.forEach(function (el, i) {
      el.textContent = i + 1 + ' / ' + numbers.length;
    });
    tagForPrint();
    // Ready to print once web fonts are in and every other pdf-ready or fonts.ready listener (the
    // text fitting in deck-fit.js) has run: a timer fires after them all.
    var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
    fonts.then(function () {
      setTimeout(function () {
        document.documentElement.setAttribute('data-immunodeck-pdf-ready', 'true');
      }, 0);
    });
  });

  /*
   * Chromium builds the PDF's structure tree from the accessibility tree. reveal.js marks every slide
   * but the current one aria-hidden (right on screen, wrong on paper, where all slides are shown), so
   * without this only the first page would carry headings and lists. Page chrome — slide numbers,
   * backgrounds, controls — is hidden from it instead, so it stays out of the reading order.
   */
  function tagForPrint() {
    document.querySelectorAll('.reveal .slides section').forEach(function (s) {
      s.removeAttribute('aria-hidden');
      s.removeAttribute('hidden');
      s.removeAttribute('inert');
    });
    var chrome = '.slide-number-pdf, .slide-background, .backgrounds, .controls, .progress, .slide-number, .aria-status';
    document.querySelectorAll(chrome).forEach(function (el) {
      el.setAttribute('aria-hidden', 'true');
    });
  }

  // reveal.js writes its keyboard help (press ?) in English; a deck in another language carries the
  // translations in its config (core/render/keyboard-help.ts): swap them in whenever the overlay is drawn.
  function translateKeyboardHelp(texts) {
    // reveal.js adds the overlay as a child of .reveal and fills it in the same task: watching that
    // element's children alone keeps this off the path of every other change in the deck.
    new MutationObserver(function () {
      var overlay = document.querySelector('.r-overlay-help');
      if (!overlay || overlay.hasAttribute('data-immunodeck-translated')) return;
      overlay.setAttribute('data-immunodeck-translated', '');
      overlay.querySelectorAll('.title, th, td').forEach(function (cell) {
        var text = cell.textContent.trim();
        if (Object.prototype.hasOwnProperty.call(texts, text)) cell.textContent = texts[text];
        else if (texts.SPACE && /\bSPACE\b/.test(text)) cell.textContent = text.replace(/\bSPACE\b/g, texts.SPACE);
      });
      overlay.setAttribute('lang', document.documentElement.lang);
    }).observe(document.querySelector('.reveal'), { childList: true });
  }
})();
