// What answers say to browsers and proxies beyond the page policy: an API answer (a client's details, a session) is
// never stored in a cache; in production the browser is told to reach Pathway over HTTPS only.
import type { NextFunction, Request, Response } from 'express';

export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.set('Cache-Control', 'no-store');
  next();
}

/** A year, and every subdomain: a browser that has seen Pathway once never tries it over plain HTTP. */
export function httpsOnly(_req: Request, res: Response, next: NextFunction): void {
  res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}
