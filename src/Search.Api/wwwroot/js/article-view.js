// The article view: the story as indexed, its topics, and the "More from" panel (the same widget
// publishers embed, so the page and the widget cannot drift apart).

import { el, $, timeElement, safeHref } from './dom.js';
import { toUrl, withChanges } from './state.js';

function paragraphs(text) {
  return (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

function renderFigures(story) {
  const box = $('#story-figures');
  box.replaceChildren();
  for (const image of story.images ?? []) {
    if (!image.caption && !image.credit) continue;
    const figure = el('figure', 'photo-caption');
    const caption = el('figcaption');
    if (image.caption) caption.append(el('span', 'caption-text', image.caption));
    if (image.credit) caption.append(el('span', 'caption-credit', image.credit));
    figure.append(caption);
    box.append(figure);
  }
}

function renderTopics(state, story) {
  const section = $('#story-topics');
  const list = $('#story-topic-list');
  list.replaceChildren();
  const topics = (story.entities ?? []).slice(0, 10);
  for (const entity of topics) {
    const li = el('li');
    const link = el('a', 'topic-chip', entity.name);
    link.href = toUrl(withChanges({ ...state, q: '' }, { entity: entity.id }));
    link.dataset.nav = '';
    li.append(link);
    list.append(li);
  }
  section.hidden = topics.length === 0;
}

export function renderArticle(state, story, navigate) {
  const searchState = { ...state, article: '' };
  const back = $('#back-link');
  back.href = toUrl(searchState);
  back.dataset.nav = '';
  back.textContent = state.q ? `← Back to results for “${state.q}”` : '← Back to latest stories';

  const kicker = $('#story-section');
  kicker.textContent = story.section ?? '';
  kicker.hidden = !story.section;
  $('#story-title').textContent = story.title;

  const byline = $('#story-byline');
  byline.replaceChildren();
  if (story.authors?.length) byline.append(`By ${story.authors.join(', ')}`);
  const time = timeElement(story.publishedAt, true);
  if (time) {
    if (byline.childNodes.length) byline.append(el('span', 'dot', '·'));
    byline.append(time);
  }

  // The corpus's summary is often the body's first sentences; repeating it would read as a glitch.
  const standfirst = $('#story-standfirst');
  const summary = (story.summary ?? '').trim();
  const repeatsBody = summary && (story.body ?? '').trim().startsWith(summary.slice(0, 60));
  standfirst.textContent = summary;
  standfirst.hidden = !summary || repeatsBody;

  renderFigures(story);
  $('#story-body').replaceChildren(...paragraphs(story.body).map((p) => el('p', null, p)));
  renderTopics(state, story);

  const source = $('#story-source');
  source.replaceChildren();
  const href = safeHref(story.url);
  source.hidden = !href;
  if (href) {
    const link = el('a', 'source-link', `Read on ${new URL(href).hostname.replace(/^www\./, '')}`);
    link.href = href;
    link.rel = 'noopener';
    source.append(link);
  }

  const panel = $('#related-panel');
  if (window.SearchMoreFrom) {
    window.SearchMoreFrom.render(panel, {
      articleId: story.id,
      count: 5,
      heading: `More from ${document.body.dataset.publisher ?? 'this site'}`,
      href: (item) => toUrl({ ...searchState, article: item.id }),
      onSelect: (item, event) => {
        event.preventDefault();
        navigate({ ...searchState, article: item.id });
      },
    });
  } else {
    panel.hidden = true;
  }
}
