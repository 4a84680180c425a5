// Runs before the first paint, from every page's <head>.
// 1. The person's appearance choices (src/storage/device/preferences.ts keeps them in one
//    localStorage record) go on <html> before anything is drawn, so no screen
//    flashes in the wrong theme or text size. Read by hand: this file is tiny and
//    runs before the app; tests/unit/first-paint.test.ts holds it to the schema.
// 2. Each built page holds its own screen, prerendered, and names the address it
//    was made for in data-screen-for, with that address's matcher in
//    data-screen-match (written from src/app/screen-paths.ts, the one matcher).
//    On any other address (index.html standing in for an unknown one) the page
//    stays hidden until the app draws the right screen.
// 3. The built page names the app's entry in data-entry, on this script's own
//    tag. On a page that holds its own screen the app starts once that has
//    painted, so a slow phone shows it without waiting for the app; on a hidden
//    stand-in it starts at once.
// 4. A page whose screen is mostly the person's own words carries that part as
//    <template id="early-paint"> (src/app/early-paint/templates.tsx) and names a
//    small painter in data-painter. Once the page has painted, the painter reads
//    the words straight from IndexedDB and shows them, and only then does the app
//    start, so its downloads never hold the words back. The app's live screen
//    replaces the page either way. tests/e2e/early-paint.spec.ts holds it to
//    the live screen.
(function () {
  var html = document.documentElement;

  var CHOICES = {
    theme: ['light', 'dark'],
    textSize: ['large', 'larger', 'largest'],
    motion: ['reduce'],
  };
  var THEME_COLORS = { light: '#f7f5f2', dark: '#13181b' };
  var saved = null;
  try {
    saved = JSON.parse(localStorage.getItem('mend-preferences') || 'null');
  } catch {
    saved = null;
  }
  if (saved && typeof saved === 'object' && saved.schemaVersion === 1) {
    if (CHOICES.theme.indexOf(saved.theme) >= 0) {
      html.setAttribute('data-theme', saved.theme);
      // The browser's own bars follow the chosen theme, not the system's.
      var metas = document.querySelectorAll('meta[name="theme-color"]');
      for (var i = 0; i < metas.length; i++) metas[i].setAttribute('content', THEME_COLORS[saved.theme]);
    }
    if (CHOICES.textSize.indexOf(saved.textSize) >= 0) html.setAttribute('data-text-size', saved.textSize);
    if (CHOICES.motion.indexOf(saved.motion) >= 0) html.setAttribute('data-motion', saved.motion);
  }

  var screenFor = html.getAttribute('data-screen-for');
  var screenMatch = html.getAttribute('data-screen-match');
  var isOwnScreen = screenFor !== null && screenMatch !== null && new RegExp(screenMatch).test(location.pathname);
  if (screenFor !== null && !isOwnScreen) html.setAttribute('data-other-screen', '');

  var HINTS_PER_TASK = 3;
  // The most the painter's read may hold the app back. A read that long is a busy
  // phone (the app, reading the same records and more, would show them later still)
  // or a database held by another tab's upgrade (the app would wait on it too).
  var EARLY_PAINT_MOST_MS = 1000;
  // The most the app waits for the painted words to be reported shown (see whenShown).
  var SHOWN_MOST_MS = 300;
  var self = document.currentScript;
  var entry = self && self.getAttribute('data-entry');
  if (!entry) return;
  var isStarted = false;
  function start() {
    if (isStarted) return;
    isStarted = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
    // The entry's own imports (and a shell's screen) download alongside it rather
    // than after it. Each hint costs a slow phone's main thread a few milliseconds:
    // added three per task, as twenty at once made one long task.
    var hrefs = (self.getAttribute('data-entry-imports') || '').split(' ');
    (function hint(from) {
      for (var i = from; i < hrefs.length && i < from + HINTS_PER_TASK; i++) {
        if (!hrefs[i]) continue;
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = hrefs[i];
        document.head.appendChild(link);
      }
      if (i < hrefs.length) setTimeout(function () { hint(i); }, 0);
    })(0);
  }
  // A hidden tab paints nothing until it is shown: nothing to wait for.
  if (!isOwnScreen || document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') return start();
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(paintStoredWords, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
  // Never wait long (a busy phone's first paint can take over a second; the page
  // is on screen and readable by then either way).
  setTimeout(start, 3000);

  /**
   * Draws the page's early-paint template from the stored records (the painter
   * named in data-painter: src/app/early-paint/painter.ts), then starts the app.
   */
  function paintStoredWords() {
    var template = document.getElementById('early-paint');
    var painter = self.getAttribute('data-painter');
    if (!template || !painter || !window.indexedDB || isStarted) return start();
    var timer;
    // The painter was fetched with the page (modulepreload), so it is here or close.
    import(painter)
      .then(function (module) {
        // A read that hangs (another tab upgrading the database) never holds the app back.
        timer = setTimeout(start, EARLY_PAINT_MOST_MS);
        return module.paint(template, function () { return !isStarted; });
      })
      .then(function (drew) {
        if (!drew) return Promise.reject();
        // Once the words are on screen, so the app's downloads never start before
        // the frame that shows them.
        whenShown(performance.now(), function () {
          clearTimeout(timer);
          start();
        });
      })
      .catch(function () {
        clearTimeout(timer);
        start();
      });
  }

  /**
   * Calls back once a paint made after `since` has been shown: the browser reports
   * it as the page's largest so far (the words drawn are the most text on the
   * screen). Two frames are not enough: a busy phone shows a frame later than its
   * animation callbacks run. When no such report comes (the words were not the
   * largest thing drawn, or the person already tapped), SHOWN_MOST_MS at most.
   */
  function whenShown(since, then) {
    var isCalled = false;
    var observer = null;
    var fallback = setTimeout(call, SHOWN_MOST_MS);
    function call() {
      if (isCalled) return;
      isCalled = true;
      clearTimeout(fallback);
      if (observer) observer.disconnect();
      setTimeout(then, 0);
    }
    try {
      observer = new PerformanceObserver(function (list) {
        var paints = list.getEntries();
        for (var i = 0; i < paints.length; i++) if (paints[i].startTime >= since) call();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      // No such reports in this browser: the frame after the one that draws them.
      requestAnimationFrame(function () {
        requestAnimationFrame(call);
      });
    }
  }

})();
