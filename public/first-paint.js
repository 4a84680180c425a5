// Runs before the first paint, from index.html.
// 1. index.html holds the home screen, prerendered; on any other address it stays
//    hidden until the app draws the right screen.
// 2. The built index.html names the app's entry in data-entry. On the home address
//    the app starts once the prerendered screen has painted, so a slow phone shows
//    it without waiting for the app; anywhere else it starts at once.
(function () {
  var html = document.documentElement;
  var isHome = location.pathname === '/';
  if (!isHome) html.setAttribute('data-other-screen', '');
  var entry = html.getAttribute('data-entry');
  if (!entry) return;
  var isStarted = false;
  function start() {
    if (isStarted) return;
    isStarted = true;
    // The entry's own imports download alongside it rather than after it.
    (html.getAttribute('data-entry-imports') || '').split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  if (!isHome || typeof PerformanceObserver === 'undefined') return start();
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
  // Never wait long: if no paint is reported (a background tab), start anyway.
  setTimeout(start, 300);
})();
