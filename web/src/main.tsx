/**
 * The page: `#/` (or no hash) is the story list, its search, filters and page in the query string
 * (`?q=…&min=2&page=2`); `#/story/<id>` one story. Every piece of text is a Preact text node.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { listSearch, parseListState, type ListState } from './list-state.js';
import { StoryList } from './story-list.js';
import { StoryPage } from './story-page.js';
import './style.css';

function route(hash: string): { story?: string } {
  const match = /^#\/story\/(.+)$/u.exec(hash);
  if (match?.[1] === undefined) return {};
  try {
    return { story: decodeURIComponent(match[1]) };
  } catch {
    return {};
  }
}

function App() {
  const [where, setWhere] = useState({ hash: location.hash, search: location.search });
  useEffect(() => {
    const onMove = () => {
      const next = { hash: location.hash, search: location.search };
      setWhere((now) => {
        if (now.hash !== next.hash) window.scrollTo(0, 0);
        return next;
      });
    };
    // Back and Forward between list states fire popstate; links to a story change the hash
    window.addEventListener('popstate', onMove);
    window.addEventListener('hashchange', onMove);
    return () => {
      window.removeEventListener('popstate', onMove);
      window.removeEventListener('hashchange', onMove);
    };
  }, []);
  const { story } = route(where.hash);
  if (story !== undefined) return <StoryPage id={story} />;
  const onChange = (next: ListState) => {
    const search = listSearch(next);
    history.pushState(null, '', `${location.pathname}${search}`);
    setWhere({ hash: '', search });
    window.scrollTo(0, 0);
  };
  return <StoryList state={parseListState(where.search)} onChange={onChange} />;
}

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
