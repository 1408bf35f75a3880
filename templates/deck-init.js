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
    // Ready to print once web fonts are in and every other pdf-ready or fonts.ready listener (the
    // text fitting in deck-fit.js) has run: a timer fires after them all.
    var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
    fonts.then(function () {
      setTimeout(function () {
        document.documentElement.setAttribute('data-immunodeck-pdf-ready', 'true');
      }, 0);
    });
  });
})();
