/**
 * The site's Content Security Policy, in one place: astro.config.mjs hands it to Astro's
 * `security.csp` (which adds the hashes of what Astro itself inlines and writes a `<meta>` on
 * every page) and the headers integration repeats each page's policy in `_headers` for static
 * hosts that send headers (Netlify, Cloudflare Pages and the like).
 *
 * Nothing is allowed from another host unless the site configuration names it (a map tile
 * source), so a page can never call a CDN, a web font or an analytics service by accident.
 */
export interface PolicyOptions {
  /** Origins images may come from besides the site, e.g. a configured map tile server. */
  imageOrigins?: readonly string[];
}

/** A directive of the policy, named so Astro's `security.csp.directives` accepts it. */
export type PolicyDirective = `${'default-src' | 'img-src' | 'connect-src' | 'font-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** The directives Astro does not manage itself (it writes script-src and style-src). */
export function policyDirectives(options: PolicyOptions = {}): PolicyDirective[] {
  const images = ["'self'", 'data:', ...(options.imageOrigins ?? [])].join(' ');
  return [
    "default-src 'self'",
    `img-src ${images}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * Script sources beyond the hashes Astro computes: the site's own files, and WebAssembly
 * compilation for the static search (Pagefind runs its index as WebAssembly); this does not
 * allow `eval` of JavaScript.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Headers every response should carry, beside the policy itself. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends each page's
 * policy as a header. When every page has the same policy, as Astro's own hashes make it, one
 * rule covers the site; otherwise each page gets its own rule, because these hosts add up the
 * headers of every matching rule and two policies would both be enforced.
 */
export function headersFile(pages: readonly { path: string; policy: string }[], basePath = '/'): string {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const policies = new Set(pages.map((page) => page.policy));
  const lines = [`${prefix}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  if (policies.size === 1) {
    lines.push(`  Content-Security-Policy: ${[...policies][0]}`);
  } else {
    for (const page of pages) lines.push('', page.path, `  Content-Security-Policy: ${page.policy}`);
  }
  return `${lines.join('\n')}\n`;
}
