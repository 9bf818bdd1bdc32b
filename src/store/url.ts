/** URL normalisation for de-duplication: the same page reached through different spellings of its address. */
import { withoutTrailing } from '../core/trim.js';

/** Query parameters that only track where a reader came from. */
const TRACKING = [
  /^utm_/u,
  /^(?:fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|wt_mc|at_medium|at_campaign)$/u,
];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING.some((re) => re.test(lower));
}

/**
 * `HTTPS://www.Example.com:443/a/b/?utm_source=x&b=2&a=1#top` → `https://example.com/a/b?a=1&b=2`:
 * lower-case scheme and host, no `www.`, no default port, no fragment, no tracking parameters, the rest sorted,
 * no trailing slash; `http` and `https` are the same page. Undefined when `url` is not an absolute http(s) URL.
 */
export function normaliseUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./u, '')
    .replace(/\.$/u, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(params).toString();
  // trailing slashes read back once (`/\/+$/u` tried every slash of a long run before a last segment)
  const path = withoutTrailing(parsed.pathname, (c) => c === '/');
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  return `https://${host}${port}${path}${query === '' ? '' : `?${query}`}`;
}
