/*
 * The first script of every page, run before the body is drawn: a file on this site, as the Content-Security-Policy
 * requires (no inline script). On a published page (a JSON block with id "csc-publication", src/app/publication.ts):
 *
 * 1. If the address asks for another view than the one published (a query such as ?period=, ?area=, ?q= or ?data=,
 *    or another path served the same page by the host), or this browser shows an imported file, it marks the page
 *    "figures-pending": the stylesheet then hides the published figures until the app has drawn the right ones, so
 *    nobody sees the wrong figures first. src/app/publication.ts (isPublishedAddress) and
 *    src/data/persist/import-hint.ts hold the same rules for the app.
 * 2. It loads the app's scripts and the data file once the page has been read and its first paint is on screen, so
 *    that they do not hold up the published figures; at once when the figures are hidden or the page is not visible.
 *
 * Plain ES5 in an IIFE: it runs as a classic script in every browser that can show the page.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  html.classList.remove('no-js');
  var block = document.getElementById('csc-publication');
  if (!block) return;
  var publication;
  try {
    publication = JSON.parse(block.textContent || '');
  } catch (error) {
    return;
  }

  var pending = location.pathname !== publication.path || location.search !== '';
  if (!pending) {
    try {
      pending = window.localStorage.getItem('csc-dashboard.import-active') === 'true';
    } catch (error) {
      // Storage refused: no import can be in use.
    }
  }
  if (pending) html.classList.add('figures-pending');

  var ALLOWED = { rel: 1, href: 1, as: 1, crossorigin: 1, type: 1, src: 1 };
  var started = false;
  function start() {
    if (started) return;
    started = true;
    addNext((publication.load || []).slice());
  }
  // One tag a task: each starts a download, and adding all of them at once made a task of 12-30 ms (four times that
  // on Lighthouse's phone, where a task over 50 ms counts as blocking). The data and the app's entry come first.
  function addNext(items) {
    var item = items.shift();
    if (!item) return;
    if (item.tag === 'link' || item.tag === 'script') {
      var element = document.createElement(item.tag);
      Object.keys(item.attrs).forEach(function (name) {
        if (ALLOWED[name]) element.setAttribute(name, item.attrs[name]);
      });
      document.head.appendChild(element);
    }
    if (items.length)
      setTimeout(function () {
        addNext(items);
      }, 0);
  }

  if (pending || document.visibilityState !== 'visible') {
    start();
    return;
  }
  // Once the whole page is read and its first paint is on screen. Sooner, the scripts would arrive while the page is
  // still being read or drawn and delay its first figures (the app waits for the whole page before it starts in any
  // case). The browser reports the first contentful paint once the frame is shown, which can be long after the frame's
  // animation callback (a second later in Lighthouse's Chromium): a task queued from that callback ran before the
  // page was on screen, and the app's start then held it back. Browsers without paint timing use that callback; a
  // paint never reported waits 3 s.
  document.addEventListener(
    'DOMContentLoaded',
    function () {
      var Observer = window.PerformanceObserver;
      var observer;
      function painted() {
        if (observer) observer.disconnect();
        setTimeout(start, 0);
      }
      if (!Observer || !Observer.supportedEntryTypes || Observer.supportedEntryTypes.indexOf('paint') < 0) {
        requestAnimationFrame(painted);
        return;
      }
      observer = new Observer(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) painted();
      });
      observer.observe({ type: 'paint', buffered: true });
      setTimeout(start, 3000);
    },
    { once: true },
  );
  // A page hidden before it is painted gets no animation frames: start then instead.
  document.addEventListener('visibilitychange', start, { once: true });
})();
