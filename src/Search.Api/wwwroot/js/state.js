// The page's whole state lives in the URL, so every view is linkable and the back button works.
// /?q=putin&section=Analysis&entity=country:rus&sort=newest&page=2   results
// /?q=putin&article=<id>                                              an article, remembering the search

export const defaultSize = 10;

function positive(value, fallback, max) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 && n <= max ? n : fallback;
}

export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  return {
    q: (p.get('q') ?? '').trim(),
    section: p.get('section') ?? '',
    entity: p.get('entity') ?? '',
    sort: sort === 'newest' || sort === 'relevance' ? sort : '',
    page: positive(p.get('page'), 1, 10000),
    size: positive(p.get('size'), defaultSize, 50),
    article: p.get('article') ?? '',
  };
}

export function toUrl(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.section) p.set('section', state.section);
  if (state.entity) p.set('entity', state.entity);
  if (state.sort) p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.size && state.size !== defaultSize) p.set('size', String(state.size));
  if (state.article) p.set('article', state.article);
  const query = p.toString();
  return query ? `/?${query}` : '/';
}

// With no words typed the page lists the latest stories; relevance would be meaningless.
export function effectiveSort(state) {
  return state.sort || (state.q ? 'relevance' : 'newest');
}

export function withChanges(state, changes) {
  return { ...state, article: '', page: 1, ...changes };
}
