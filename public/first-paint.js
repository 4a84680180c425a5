// Runs before the first paint, from every page's <head>.
// 1. The person's appearance choices (src/storage/preferences.ts keeps them in one
//    localStorage record) go on <html> before anything is drawn, so no screen
//    flashes in the wrong theme or text size. Read by hand: this file is tiny and
//    runs before the app; tests/unit/first-paint.test.ts holds it to the schema.
// 2. Each built page holds its own screen, prerendered, and names the address it
//    was made for in data-screen-for. On any other address (index.html standing in
//    for an unknown one) the page stays hidden until the app draws the right screen.
// 3. The built page names the app's entry in data-entry, on this script's own
//    tag. On a page that holds its own screen the app starts once that has
//    painted, so a slow phone shows it without waiting for the app; on a hidden
//    stand-in it starts at once.
// 4. A page whose screen is mostly the person's own words carries that part as
//    <template id="early-paint"> (src/app/early-paint.tsx), with {{slots}}. Once
//    the page has painted, the words are read straight from IndexedDB, put in the
//    slots as text and shown, and only then does the app start, so its downloads
//    never hold the words back. Nothing sealed by the lock, in another format or
//    not in the expected shape is drawn; the app's live screen replaces the page
//    either way. tests/e2e/early-paint.spec.ts holds it to the live screen.
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
  var isOwnScreen = screenFor !== null && matches(screenFor, location.pathname);
  if (screenFor !== null && !isOwnScreen) html.setAttribute('data-other-screen', '');

  var HINTS_PER_TASK = 3;
  var EARLY_PAINT_MOST_MS = 300;
  // What each early-paint template shows: what it reads (a collection's every value,
  // or one by its key), then its slots' text from those values, or null to draw
  // nothing. `format` is the one format of the first collection that may be drawn.
  var RECIPES = {
    // /practices/<id>/done: the latest finished run of that practice, or the run in ?run=.
    practiceDone: {
      reads: [['completions']],
      slots: function (stored, template, format) {
        var moduleId = template.getAttribute('data-module');
        var run = new URLSearchParams(location.search).get('run');
        var latest = null;
        for (var i = 0; i < stored[0].length; i++) {
          var value = stored[0][i];
          if (!value || value.schemaVersion !== format || !isTime(value.completedAt)) continue;
          if (run ? value.id !== run : value.moduleId !== moduleId) continue;
          if (!latest || value.completedAt > latest.completedAt) latest = value;
        }
        return latest && { day: new Date(latest.completedAt).toLocaleDateString(undefined, timeWords(template)) };
      },
    },
    // /journal/<id>: the entry's words. Not when a draft of it waits (the editor opens
    // with that), and not one written from a practice or a goal (it says where from).
    journalEntry: {
      reads: [['journal', 'id'], ['drafts']],
      slots: function (stored, template, format) {
        var entry = stored[0][0];
        if (!entry || entry.schemaVersion !== format || typeof entry.text !== 'string' || entry.link !== null || !isTime(entry.createdAt)) return null;
        for (var i = 0; i < stored[1].length; i++) {
          var draft = stored[1][i];
          // A sealed draft may be this entry's: no telling, so nothing is drawn.
          if (!draft || draft.sealed === 1 || (draft.kind === 'journal' && draft.entryId === entry.id)) return null;
        }
        return { text: entry.text, written: new Date(entry.createdAt).toLocaleString(undefined, timeWords(template)) };
      },
    },
  };

  function isTime(value) {
    return typeof value === 'string' && !isNaN(Date.parse(value));
  }

  /** How the screen writes a time, handed over by the template (data-time). */
  function timeWords(template) {
    return JSON.parse(template.getAttribute('data-time'));
  }
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

  /** Draws the page's early-paint template from the stored records, then starts the app. */
  function paintStoredWords() {
    var template = document.getElementById('early-paint');
    var recipe = template && RECIPES[template.getAttribute('data-recipe')];
    if (!recipe || !window.indexedDB || isStarted) return start();
    // A read that hangs (another tab upgrading the database) never holds the app back.
    var timer = setTimeout(start, EARLY_PAINT_MOST_MS);
    var stored = [];
    var waiting = recipe.reads.length;
    recipe.reads.forEach(function (read, i) {
      var done = function (values) {
        stored[i] = values;
        if (--waiting === 0) drawThenStart(template, recipe, stored, timer);
      };
      // 'id': the last part of the address names the record (one badly written reads nothing).
      var key = null;
      try {
        if (read[1] === 'id') key = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
      } catch {
        return done(null);
      }
      readStored(read[0], key, done);
    });
  }

  function drawThenStart(template, recipe, stored, timer) {
    if (isStarted) return;
    var slots = null;
    try {
      if (stored.every(Array.isArray)) slots = recipe.slots(stored, template, Number(template.getAttribute('data-format')));
    } catch {
      slots = null;
    }
    if (!slots || !draw(template, slots)) {
      clearTimeout(timer);
      return start();
    }
    // Once the words have painted.
    requestAnimationFrame(function () {
      setTimeout(function () {
        clearTimeout(timer);
        start();
      }, 0);
    });
  }

  /**
   * The values stored in one collection (all, or the one at `key`): [] when it was
   * never stored on this device (its database is not created), null when unreadable.
   */
  function readStored(collection, key, done) {
    var opening;
    var isNew = false;
    try {
      opening = indexedDB.open('mend-' + collection);
    } catch {
      return done(null);
    }
    opening.onupgradeneeded = function () {
      isNew = true;
      opening.transaction.abort();
    };
    opening.onerror = function (event) {
      event.preventDefault();
      done(isNew ? [] : null);
    };
    opening.onsuccess = function () {
      var db = opening.result;
      try {
        var records = db.transaction('records', 'readonly').objectStore('records');
        var reading = key === null ? records.getAll() : records.get(key);
        reading.onsuccess = function () {
          db.close();
          done(key === null ? reading.result : reading.result === undefined ? [] : [reading.result]);
        };
        reading.onerror = function (event) {
          event.preventDefault();
          db.close();
          done(null);
        };
      } catch {
        db.close();
        done(null);
      }
    };
  }

  /**
   * The template, its slots filled as text, in place of what the page shows above
   * its waiting line. The page is swapped whole for a copy holding it, as the app
   * swaps it later: nothing on screen is pushed down (a layout shift), all is new.
   */
  function draw(template, slots) {
    var root = document.getElementById('root');
    var next = root && root.cloneNode(true);
    var waiting = next && next.querySelector('[data-screen-loading]');
    if (!waiting || !waiting.parentNode) return false;
    var top = template.content.cloneNode(true);
    var walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = node.nodeValue.replace(/\{\{(\w+)\}\}/g, function (slot, name) {
        return Object.prototype.hasOwnProperty.call(slots, name) ? slots[name] : slot;
      });
    }
    waiting.parentNode.replaceChildren(top, waiting);
    root.replaceWith(next);
    return true;
  }

  /** Whether an address fits a route pattern such as /practices/:moduleId (trailing slash allowed). */
  function matches(pattern, pathname) {
    var parts = pattern.split('/');
    var path = pathname.replace(/\/+$/, '').split('/');
    if (pathname === '/') path = [''];
    if (pattern === '/') parts = [''];
    if (parts.length !== path.length) return false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].charAt(0) === ':' ? path[i] === '' : parts[i] !== path[i]) return false;
    }
    return true;
  }
})();
