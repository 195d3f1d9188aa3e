/**
 * Turns away what no page can answer before anything renders, on the `npm start` server: a method
 * other than GET or HEAD on a page (405), and a path whose percent-encoding is malformed (400).
 * Both answers carry the same security headers as every page. The static deployment needs none of
 * this: a static host serves files and refuses the rest itself.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from './security-headers';

function refuse(status: number, message: string, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  for (const h of securityHeaders()) headers.set(h.key, h.value);
  return new NextResponse(`${status} ${message}\n`, { status, headers });
}

export function proxy(request: NextRequest): NextResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(405, 'Method Not Allowed: the atlas only serves pages to read.', {
      Allow: 'GET, HEAD',
    });
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(400, 'Bad Request: the address is not valid percent-encoding.');
  }
  return NextResponse.next();
}

export const config = {
  // Pages only: the build's static files and the generated assets are served as they are.
  matcher: ['/((?!_next/static|_next/image|generated/).*)'],
};
