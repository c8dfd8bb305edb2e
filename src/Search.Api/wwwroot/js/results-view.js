// The results view: heading and count, "did you mean", active filters, facets, hits and pages.

import { el, $, timeElement, snippetFragment } from './dom.js';
import { toUrl, withChanges, effectiveSort } from './state.js';
import { beacon } from './api.js';

const topicsShown = 8;

// On a phone the filters fold away behind a "Filters" toggle so results come first; the reader's choice is kept across searches.
const phone = window.matchMedia('(max-width: 40rem)');
let filtersOpenOnPhone = false;
phone.addEventListener('change', () => {
  const panel = document.querySelector('.facets-panel');
  if (panel) panel.open = !phone.matches || filtersOpenOnPhone;
});

function navLink(href, className, text) {
  const a = el('a', className, text);
  a.href = href;
  a.dataset.nav = '';
  return a;
}

function stories(n) {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'story' : 'stories'}`;
}

// The API stops counting past a limit (10,000 by default) and says so with totalRelation "gte": the total is then a
// lower bound, shown as "10,000+" and read out as "at least 10,000". The hits themselves are exact either way.
export function atLeast(data) {
  return data.totalRelation === 'gte';
}

export function totalText(data) {
  return atLeast(data) ? `${data.total.toLocaleString('en-GB')}+ stories` : stories(data.total);
}

export function totalSpoken(data) {
  return atLeast(data) ? `At least ${stories(data.total)}` : stories(data.total);
}

function entityLabel(state, facets) {
  const found = facets?.entity?.find((f) => f.value === state.entity);
  return found?.label ?? state.entity.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
}

function renderHeading(state, data) {
  const heading = $('#results-heading');
  heading.textContent = state.q ? `Results for “${state.q}”` : 'Latest stories';
  const count = $('#results-count');
  if (data.total === 0) {
    count.textContent = 'No stories found';
  } else {
    const pages = `page ${data.page} of ${Math.max(1, Math.ceil(data.total / data.size)).toLocaleString('en-GB')}${atLeast(data) ? '+' : ''}`;
    const shown = el('span', 'results-total', `${totalText(data)} · ${pages}`);
    shown.setAttribute('aria-hidden', 'true');
    count.replaceChildren(shown, el('span', 'visually-hidden', `${totalSpoken(data)}, ${pages}`));
  }
  $('#sort').value = effectiveSort(state);
}

function renderDidYouMean(state, data) {
  const box = $('#did-you-mean');
  box.replaceChildren();
  box.hidden = !data.didYouMean;
  if (!data.didYouMean) return;
  const link = navLink(toUrl(withChanges(state, { q: data.didYouMean })), 'did-you-mean-link', data.didYouMean);
  if (data.corrected) {
    box.append(`No stories matched “${state.q}”. Showing results for `, link, '.');
  } else {
    box.append('Did you mean ', link, '?');
  }
}

function renderActiveFilters(state, data) {
  const box = $('#active-filters');
  box.replaceChildren();
  const filters = [];
  if (state.section) filters.push(['Section', state.section, { section: '' }]);
  if (state.entity) filters.push(['Topic', entityLabel(state, data.facets), { entity: '' }]);
  box.hidden = filters.length === 0;
  if (!filters.length) return;
  box.append(el('span', 'active-filters-label', 'Filtered by'));
  for (const [kind, label, change] of filters) {
    const chip = navLink(toUrl(withChanges(state, change)), 'filter-chip', `${kind}: ${label}`);
    chip.setAttribute('aria-label', `Remove filter ${kind}: ${label}`);
    chip.append(el('span', 'filter-chip-x', '×'));
    chip.lastChild.setAttribute('aria-hidden', 'true');
    box.append(chip);
  }
}

function facetGroup(id, title, values, selected, linkFor, limit, approximate) {
  const group = el('section', 'facet');
  group.setAttribute('aria-labelledby', id);
  const heading = el('h2', 'facet-title', title);
  heading.id = id;
  group.append(heading);
  const list = el('ul', 'facet-list');
  values.forEach((facet, i) => {
    const item = el('li', 'facet-item');
    if (limit && i >= limit && facet.value !== selected) item.hidden = true;
    const isSelected = facet.value === selected;
    const link = navLink(linkFor(facet, isSelected), 'facet-option', facet.label ?? facet.value);
    if (isSelected) link.setAttribute('aria-current', 'true');
    // Approximate counts (a very broad search stopped counting) show as "~123" and are read as "about 123 stories".
    const count = el('span', 'facet-count', approximate ? `~${facet.count}` : facet.count);
    if (approximate) count.setAttribute('aria-hidden', 'true');
    const noun = `${approximate ? ` about ${facet.count}` : ''} ${facet.count === 1 ? 'story' : 'stories'}`;
    const hidden = el('span', 'visually-hidden', isSelected ? `${noun}, selected` : noun);
    link.append(count, hidden);
    item.append(link);
    list.append(item);
  });
  group.append(list);

  const hiddenCount = values.length - (limit ?? values.length);
  if (limit && hiddenCount > 0) {
    const more = el('button', 'facet-more', `Show ${hiddenCount} more`);
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      const expanded = more.getAttribute('aria-expanded') === 'true';
      list.querySelectorAll('.facet-item').forEach((item, i) => {
        if (i >= limit && !item.querySelector('[aria-current]')) item.hidden = expanded;
      });
      more.setAttribute('aria-expanded', String(!expanded));
      more.textContent = expanded ? `Show ${hiddenCount} more` : 'Show fewer';
    });
    group.append(more);
  }
  return group;
}

function renderFacets(state, data) {
  const aside = $('#facets');
  aside.replaceChildren();
  const panel = el('details', 'facets-panel');
  const active = [state.section, state.entity].filter(Boolean).length;
  panel.append(el('summary', 'facets-summary', active ? `Filters (${active} on)` : 'Filters'));
  panel.open = !phone.matches || filtersOpenOnPhone;
  panel.addEventListener('toggle', () => {
    if (phone.matches) filtersOpenOnPhone = panel.open;
  });
  aside.append(panel);
  const sections = [...(data.facets?.section ?? [])].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const topics = [...(data.facets?.entity ?? [])].sort((a, b) => b.count - a.count || (a.label ?? '').localeCompare(b.label ?? ''));
  const approximate = data.facetsApproximate === true;
  if (approximate && (sections.length || topics.length)) {
    panel.append(el('p', 'facet-note', `Counts are estimates from the first ${data.total.toLocaleString('en-GB')} matching stories.`));
  }
  if (sections.length) {
    panel.append(facetGroup('facet-section', 'Section', sections, state.section,
      (f, on) => toUrl(withChanges(state, { section: on ? '' : f.value })), 0, approximate));
  }
  if (topics.length) {
    panel.append(facetGroup('facet-entity', 'Topics', topics, state.entity,
      (f, on) => toUrl(withChanges(state, { entity: on ? '' : f.value })), topicsShown, approximate));
  }
  aside.hidden = !sections.length && !topics.length;
}

function hitItem(state, hit, position) {
  const li = el('li', 'hit');
  li.dataset.articleId = hit.id;
  if (hit.section) li.append(el('p', 'kicker', hit.section));
  const title = el('h2', 'hit-title');
  const link = navLink(toUrl({ ...state, article: hit.id }), 'hit-link', hit.title);
  // Click-through by position for the editors' analytics: which result, where, for which query; nothing about the reader.
  link.addEventListener('click', () => beacon({ kind: 'result-click', query: state.q ?? '', position, articleId: hit.id }));
  title.append(link);
  li.append(title);
  if (hit.snippet) {
    const snippet = el('p', 'snippet');
    snippet.append(snippetFragment(hit.snippet));
    li.append(snippet);
  }
  const meta = el('p', 'hit-meta');
  if (hit.authors?.length) meta.append(el('span', 'hit-authors', hit.authors.join(', ')));
  const time = timeElement(hit.publishedAt);
  if (time) {
    if (meta.childNodes.length) meta.append(el('span', 'dot', '·'));
    meta.append(time);
  }
  if (meta.childNodes.length) li.append(meta);
  return li;
}

function renderPager(state, data) {
  const nav = $('#pager');
  nav.replaceChildren();
  const pages = Math.ceil(data.total / data.size);
  nav.hidden = pages <= 1;
  if (pages <= 1) return;
  const list = el('ul', 'pager-list');
  const add = (node) => { const li = el('li'); li.append(node); list.append(li); };
  const page = data.page;
  if (page > 1) add(navLink(toUrl({ ...state, page: page - 1 }), 'pager-prev', '← Previous'));
  const first = Math.max(1, page - 2);
  const last = Math.min(pages, first + 4);
  for (let p = first; p <= last; p++) {
    const link = navLink(toUrl({ ...state, page: p }), 'pager-page', p);
    link.setAttribute('aria-label', `Page ${p}`);
    if (p === page) link.setAttribute('aria-current', 'page');
    add(link);
  }
  if (page < pages) add(navLink(toUrl({ ...state, page: page + 1 }), 'pager-next', 'Next →'));
  nav.append(list);
}

export function renderResults(state, data) {
  renderHeading(state, data);
  renderDidYouMean(state, data);
  renderActiveFilters(state, data);
  renderFacets(state, data);
  const hits = $('#hits');
  const first = (data.page - 1) * data.size + 1;
  hits.replaceChildren(...data.hits.map((hit, i) => hitItem(state, hit, first + i)));
  hits.setAttribute('aria-label', 'Results');
  const none = $('#no-results');
  none.hidden = data.hits.length > 0;
  none.textContent = state.q
    ? `Nothing matched “${state.q}”. Try fewer or different words, or remove a filter.`
    : 'No stories match these filters.';
  renderPager(state, data);
}
