import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES, headerPolicy, SECURITY_HEADERS } from '../../src/lib/security/csp.ts';

const netlify = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('docs/hosting/nginx.conf', 'utf8');
const apache = readFileSync('docs/hosting/apache.htaccess', 'utf8');

describe('Content-Security-Policy', () => {
  it('allows only the own origin, plus WebAssembly compilation for Pagefind', () => {
    for (const policy of [contentSecurityPolicy, headerPolicy]) {
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*|blob:/);
      expect(policy).toMatch(/(^|; )default-src 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    }
  });

  it('the meta version leaves out what browsers ignore in a meta tag', () => {
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy.split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });
});

describe('host configs carry exactly the exported headers', () => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    it(name, () => {
      expect(netlify).toContain(`\n  ${name}: ${value}\n`);
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(apache).toContain(`Header always set ${name} "${value}"`);
    });
  }

  it('nginx repeats every header in the location that sets its own', () => {
    const block = nginx.slice(nginx.indexOf('location /_astro/'));
    for (const name of Object.keys(SECURITY_HEADERS)) expect(block).toContain(`add_header ${name} `);
  });

  it('WebAssembly is served with its MIME type (Pagefind streams it)', () => {
    expect(nginx).toContain('application/wasm wasm;');
    expect(apache).toContain('AddType application/wasm .wasm');
  });
});
