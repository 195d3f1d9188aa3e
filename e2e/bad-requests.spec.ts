/** What the server answers to requests no page can serve: clear statuses, never a render or a 500. */
import { expect, test } from '@playwright/test';

// The static deployment is served by a plain file server, which answers these itself.
test.skip(!!process.env.E2E_STATIC, 'the npm start server only');

test.describe('bad requests', () => {
  test('a malformed address is a 400 with the security headers, not a 500', async ({ request }) => {
    for (const path of ['/documents/%ff', '/csto/%ff']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers()['permissions-policy']).toContain('camera=()');
    }
  });

  test('POST, PUT and DELETE on a page are refused with 405 and an Allow header', async ({
    request,
  }) => {
    for (const method of ['post', 'put', 'delete'] as const)
      for (const path of ['/', '/csto/2009', '/documents/wani-2025']) {
        const response = await request[method](path);
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()['allow']).toBe('GET, HEAD');
      }
  });

  test('an unknown document is a 404, and no new page is written for it', async ({ request }) => {
    const first = await request.get('/documents/no-such-article');
    expect(first.status()).toBe(404);
    expect(first.headers()['cache-control'] ?? '').not.toContain('max-age=31536000');
  });
});
