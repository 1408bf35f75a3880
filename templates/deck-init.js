/* Starts reveal.js for an ImmunoDeck deck. Config comes from the JSON block in the page. */
(function () {
  var config = JSON.parse(document.getElementById('immunodeck-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var print = params.has('print-pdf');
  var options = Object.assign({}, config.reveal, {
    plugins: [window.RevealNotes],
    view: print ? 'print' : null
  });
  if (print) {
    // Slides print in their final state, one page each, with numbers.
    options.pdfSeparateFragments = false;
    options.pdfMaxPagesPerSlide = 1;
    options.showNotes = params.has('notes') ? 'separate-page' : false;
  }
  var deck = new window.Reveal(options);
  window.immunodeck = { deck: deck, ready: false };
  deck.initialize().then(function () {
    window.immunodeck.ready = true;
    document.documentElement.setAttribute('data-immunodeck-ready', print ? 'print' : 'slides');
  });
  deck.on('pdf-ready', function () {
    document.documentElement.setAttribute('data-immunodeck-pdf-ready', 'true');
  });
})();
