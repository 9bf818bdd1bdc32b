/** The page: `#/` is the story list, `#/story/<id>` one story. Every piece of text is a Preact text node. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => {
      setHash(location.hash);
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const { story } = route(hash);
  return story !== undefined ? <StoryPage id={story} /> : <StoryList />;
}

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
