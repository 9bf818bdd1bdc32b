import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/index.js';
import { exampleServer, fakeWebRoot, type TestServer } from './helpers.js';

let server: TestServer;
let web: ReturnType<typeof fakeWebRoot>;

beforeAll(async () => {
  web = fakeWebRoot();
  server = await exampleServer({ webRoot: web.root });
});
afterAll(async () => {
  await server.close();
  web.remove();
});

describe('the built page', () => {
  it('serves index.html at / and the assets with their content types', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>page</title>');
    const script = await server.app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.body).toBe('console.log(1);');
    const style = await server.app.inject({ method: 'GET', url: '/assets/app-1.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('serves nothing else: unknown types, other paths and traversal attempts are 404', async () => {
    for (const url of [
      '/assets/notes.exe',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/etc/passwd',
    ]) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('lagebild');
    }
  });

  it('without a built page, / says so (503) and the API still works', async () => {
    const bare = await exampleServer({ webRoot: '/nonexistent/lagebild-web' });
    const page = await bare.app.inject({ method: 'GET', url: '/' });
    const health = await bare.app.inject({ method: 'GET', url: '/api/health' });
    await bare.close();
    expect(page.statusCode).toBe(503);
    expect(page.json()).toMatchObject({ error: { code: 'web_not_built' } });
    expect(health.statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/health', '/api/stories/nope', '/assets/app-1.js'])('are on %s', async (url) => {
    const response = await server.app.inject({ method: 'GET', url });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('the CSP allows no inline script, no foreign origin and no HTML sinks', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
