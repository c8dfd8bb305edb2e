// The search page: one HTML shell whose state is the URL. Navigation pushes a history entry and
// renders; the back button (popstate) renders the entry it lands on.

import * as api from './api.js';
import { $, announce } from './dom.js';
import { attachCombobox } from './combobox.js';
import { readState, toUrl, withChanges } from './state.js';
import { renderResults, totalSpoken } from './results-view.js';
import { renderArticle } from './article-view.js';

const publisher = document.body.dataset.publisher ?? '';
const input = $('#q');
const searchView = $('#search-view');
const articleView = $('#article-view');
const loadError = $('#load-error');

let current = readState();
let sequence = 0;
let controller = null;

function showError(message) {
  loadError.textContent = message;
  loadError.hidden = !message;
}

async function render(state, { focus = false } = {}) {
  current = state;
  const mine = ++sequence;
  controller?.abort();
  controller = new AbortController();
  input.value = state.q;
  showError('');
  document.body.setAttribute('aria-busy', 'true');
  try {
    if (state.article) {
      const story = await api.article(state.article, controller.signal);
      if (mine !== sequence) return;
      searchView.hidden = true;
      articleView.hidden = false;
      document.title = `${story.title} · ${publisher}`;
      renderArticle(state, story, navigate);
      window.scrollTo(0, 0);
      if (focus) $('#story-title').focus();
    } else {
      const data = await api.search(state, controller.signal);
      if (mine !== sequence) return;
      articleView.hidden = true;
      searchView.hidden = false;
      document.title = state.q ? `${state.q} · Search · ${publisher}` : `Search · ${publisher}`;
      renderResults(state, data);
      if (focus) $('#results-heading').focus();
      announce(data.total === 0 ? 'No stories found.' : `${totalSpoken(data)} found.`);
    }
  } catch (error) {
    if (error.name === 'AbortError' || mine !== sequence) return;
    showError(error.status === 404
      ? 'That story is no longer available.'
      : 'Search is unavailable right now. Please try again in a moment.');
  } finally {
    if (mine === sequence) document.body.removeAttribute('aria-busy');
  }
}

function navigate(state, options = { focus: true }) {
  const url = toUrl(state);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  render(state, options);
}

function searchFor(text) {
  // A new search keeps the sort the reader chose but starts again from page one without filters.
  navigate(withChanges(current, { q: text.trim(), section: '', entity: '' }), { focus: false });
}

attachCombobox({
  input,
  listbox: $('#suggestions'),
  fetchSuggestions: api.suggest,
  onChoose: (item) => searchFor(item.text),
});

$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  searchFor(input.value);
});

$('#sort').addEventListener('change', (event) => {
  navigate(withChanges(current, { sort: event.target.value }), { focus: false });
});

// In-page links carry data-nav: plain clicks become history entries; modified clicks open new tabs as usual.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(readState(new URL(link.href).search));
});

window.addEventListener('popstate', () => render(readState(), { focus: false }));

render(current);
