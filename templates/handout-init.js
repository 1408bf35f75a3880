/*
 * Handouts and notes pages: run the deck's own text fitting (deck-fit.js, loaded next) on every slide
 * thumbnail, so each slide's text has the size it has in the deck; set long speaker notes smaller
 * until they fit under their slide; then mark the page ready to print.
 */
(function () {
  // deck-fit.js listens to a reveal.js deck; a handout has no reveal.js, only slides already laid out.
  window.immunodeck = {
    deck: {
      on: function () {},
      isReady: function () {
        return true;
      },
    },
    ready: true,
  };
  var NOTES_MAX_PX = 15;
  var NOTES_MIN_PX = 9;

  function fitNotes() {
    var all = document.querySelectorAll('.handout .notes');
    for (var i = 0; i < all.length; i++) {
      var notes = all[i];
      var size = NOTES_MAX_PX;
      notes.style.fontSize = size + 'px';
      while (notes.scrollHeight > notes.clientHeight + 1 && size > NOTES_MIN_PX) {
        size -= 0.5;
        notes.style.fontSize = size + 'px';
      }
      notes.setAttribute('data-fit', notes.scrollHeight > notes.clientHeight + 1 ? 'overflow' : 'ok');
    }
  }

  function done() {
    document.documentElement.setAttribute('data-immunodeck-handout-ready', 'true');
  }
  // deck-fit.js refits once fonts are in (a promise callback registered after this one): a timer
  // runs after every such callback. No requestAnimationFrame: hidden export windows may never paint.
  var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
  fonts.then(function () {
    fitNotes();
    setTimeout(done, 0);
  });
})();
