/*
 * "More from" related-stories widget.
 *
 * Embed on an article page (the page's origin must be listed in the service's Search:AllowedOrigins):
 *
 *   <div id="more-from"></div>
 *   <script src="https://search.example.com/widget/related.js"
 *           data-target="more-from"
 *           data-article-id="kazakhstan-the-west-wing-in-a-g-zero-world"
 *           data-heading="More from GZERO Media"
 *           data-count="5" async></script>
 *
 * Script attributes (data-article-id, data-count and data-heading may sit on the target element instead):
 *   data-target      id of the element to render into (default "more-from")
 *   data-article-id  id of the article on screen (required)
 *   data-count       number of stories, 1-20 (default 5)
 *   data-heading     panel heading (default "More from")
 *   data-reasons     "off" hides the reason chips
 *   data-analytics   "off" sends no analytics beacons (by default the panel being shown, and a story clicked with its
 *                    position, are sent to the service's POST /api/events: no cookie, id or address is recorded)
 *
 * The API base is taken from this script's own src, so the widget always talks to the host that served it.
 * The panel renders inside a shadow root with its own stylesheet (related.css beside this script): the
 * host page's CSS does not leak in and the widget's does not leak out. Theme it from the host page with
 * custom properties on the target element: --mf-accent, --mf-text, --mf-muted, --mf-font, --mf-headline-font.
 *
 * Script API: window.SearchMoreFrom.render(element, { articleId, count, heading, reasons, href, onSelect, analytics })
 * returns a Promise of the number of stories shown. The target element receives a "morefrom:rendered"
 * event (detail: { articleId, count }) or "morefrom:error" (detail: { articleId, status }).
 * On failure the panel stays empty and hidden: a reader never sees a broken box.
 */
(function () {
  'use strict';

  var self = document.currentScript;
  // Everything is resolved against the folder above /widget/, so a host mounted under a path prefix works too.
  var base = new URL('../', self && self.src ? self.src : location.href);

  var dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function formatDate(value) {
    var date = value ? new Date(value) : null;
    return date && !isNaN(date.getTime()) ? dateFormat.format(date) : '';
  }

  function clampCount(value) {
    var n = parseInt(value, 10);
    return n >= 1 && n <= 20 ? n : 5;
  }

  // Only http(s) links from the API are followed; anything else (javascript:, data:) falls back to no link.
  // No url at all is no link too: new URL(null, base) would be "<base>/null".
  function safeHref(url) {
    if (typeof url !== 'string' || url.trim() === '') return null;
    try {
      var parsed = new URL(url, base);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // A story with no link of its own opens in the search page's article view, on the host that served the widget.
  function articleView(id) {
    return new URL('?article=' + encodeURIComponent(id), base).href;
  }

  function stylesheet(root) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('widget/related.css', base).href;
    var loaded = new Promise(function (resolve) {
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve);
    });
    root.appendChild(link);
    return loaded;
  }

  function chips(reasons) {
    var list = el('ul', 'mf-reasons');
    list.setAttribute('aria-label', 'Why this story');
    var entities = (reasons && reasons.sharedEntities) || [];
    var terms = (reasons && reasons.sharedTerms) || [];
    entities.slice(0, 3).forEach(function (entity) {
      list.appendChild(el('li', 'mf-chip mf-chip-entity', entity.name));
    });
    terms.slice(0, entities.length ? 2 : 3).forEach(function (term) {
      list.appendChild(el('li', 'mf-chip mf-chip-term', term));
    });
    return list.children.length ? list : null;
  }

  // What each signal added to the score, as shares an editor can read: "wording 62% · names 25% · meaning 13%".
  // The time signal only takes away, so it is told apart ("older story −8%") in the tooltip.
  var signalNames = [['text', 'wording'], ['entities', 'names'], ['semantic', 'meaning']];

  function why(reasons) {
    var c = reasons && reasons.contributions;
    if (!c) return null;
    var total = signalNames.reduce(function (sum, s) { return sum + Math.max(0, c[s[0]] || 0); }, 0);
    if (!(total > 0)) return null;
    var parts = signalNames
      .map(function (s) { return { name: s[1], share: Math.round(100 * Math.max(0, c[s[0]] || 0) / total) }; })
      .filter(function (p) { return p.share > 0; })
      .sort(function (a, b) { return b.share - a.share; });
    var text = 'Match: ' + parts.map(function (p) { return p.name + ' ' + p.share + '%'; }).join(' · ');
    var line = el('p', 'mf-why', text);
    var tip = parts.map(function (p) { return p.share + '% from shared ' + p.name; }).join('; ');
    var time = c.time || 0;
    if (time < 0) {
      tip += '; ' + Math.round(100 * -time / total) + '% taken off for distance in time';
    }
    line.title = tip;
    return line;
  }

  // Search analytics: the panel shown, a story clicked and where. text/plain, so a publisher's page needs no preflight
  // and the beacon outlives the navigation the click starts. Any failure is ignored.
  function beacon(event, options) {
    if (options.analytics === false) return;
    var url = new URL('api/events', base).href;
    var body = JSON.stringify(event);
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(url, body)) return;
      fetch(url, { method: 'POST', body: body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } }).catch(function () {});
    } catch (e) {
      // Never let analytics break the host page.
    }
  }

  function item(story, options, position) {
    var li = el('li', 'mf-item');
    li.setAttribute('data-article-id', story.id);
    if (story.section || story.pinned) {
      var kicker = el('p', 'mf-kicker', story.pinned ? "Editor's pick" : story.section);
      li.appendChild(kicker);
    }

    var title = el('h3', 'mf-title');
    var href = options.href ? options.href(story) : safeHref(story.url) || articleView(story.id);
    if (href) {
      var link = el('a', 'mf-link', story.title);
      link.href = href;
      link.addEventListener('click', function () {
        beacon({ kind: 'related-click', articleId: story.id, position: position }, options);
      });
      if (options.onSelect) {
        link.addEventListener('click', function (event) {
          if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
            options.onSelect(story, event);
          }
        });
      }
      title.appendChild(link);
    } else {
      title.textContent = story.title;
    }
    li.appendChild(title);

    var when = formatDate(story.publishedAt);
    if (when) {
      var time = el('time', 'mf-date', when);
      time.dateTime = String(story.publishedAt).slice(0, 10);
      li.appendChild(time);
    }

    if (options.reasons !== false) {
      var list = chips(story.reasons);
      if (list) li.appendChild(list);
      var line = why(story.reasons);
      if (line) li.appendChild(line);
    }
    return li;
  }

  function emit(target, name, detail) {
    target.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
  }

  async function render(target, options) {
    if (!target) throw new Error('SearchMoreFrom.render needs a target element');
    options = options || {};
    var articleId = options.articleId || target.getAttribute('data-article-id');
    var count = clampCount(options.count || target.getAttribute('data-count'));
    var heading = options.heading || target.getAttribute('data-heading') || 'More from';

    var root = target.shadowRoot || target.attachShadow({ mode: 'open' });
    root.replaceChildren();
    target.hidden = true;
    if (!articleId) {
      emit(target, 'morefrom:error', { articleId: null, status: 0 });
      return 0;
    }

    var url = new URL('api/articles/' + encodeURIComponent(articleId) + '/related', base);
    url.searchParams.set('count', String(count));
    var styled = stylesheet(root);

    var data;
    try {
      var response = await fetch(url.href, { headers: { Accept: 'application/json' }, credentials: 'omit' });
      if (!response.ok) {
        emit(target, 'morefrom:error', { articleId: articleId, status: response.status });
        return 0;
      }
      data = await response.json();
    } catch (e) {
      emit(target, 'morefrom:error', { articleId: articleId, status: 0 });
      return 0;
    }

    var stories = (data && data.items) || [];
    await styled;
    if (stories.length === 0) {
      emit(target, 'morefrom:rendered', { articleId: articleId, count: 0 });
      return 0;
    }

    var headingId = 'mf-heading';
    var panel = el('section', 'mf');
    panel.setAttribute('aria-labelledby', headingId);
    var h2 = el('h2', 'mf-heading', heading);
    h2.id = headingId;
    panel.appendChild(h2);
    var list = el('ol', 'mf-list');
    stories.forEach(function (story, i) { list.appendChild(item(story, options, i + 1)); });
    panel.appendChild(list);
    root.appendChild(panel);
    target.hidden = false;
    beacon({ kind: 'related-view', articleId: articleId, shown: stories.length }, options);
    emit(target, 'morefrom:rendered', { articleId: articleId, count: stories.length });
    return stories.length;
  }

  window.SearchMoreFrom = { render: render, apiBase: base.href };

  // Declarative embed: render when the script tag names an article (or its target does).
  if (self) {
    var targetId = self.getAttribute('data-target') || 'more-from';
    var start = function () {
      var target = document.getElementById(targetId);
      var articleId = self.getAttribute('data-article-id') || (target && target.getAttribute('data-article-id'));
      if (!target || !articleId) return;
      render(target, {
        articleId: articleId,
        count: self.getAttribute('data-count'),
        heading: self.getAttribute('data-heading'),
        reasons: self.getAttribute('data-reasons') !== 'off',
        analytics: self.getAttribute('data-analytics') !== 'off',
      });
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }
})();
