import { isHost, siteOf } from './settings-values.ts';

/**
 * Sites and the browser's match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns):
 * the manifest's default list, and the patterns of a site the reader adds. Pure, so the popup, the
 * options page and the background agree, and it can be tested without a browser.
 */

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Whether a site key is an address or a single label (`localhost`): no subdomains to cover. */
function isBareHost(site: string): boolean {
  return IPV4.test(site) || site.startsWith('[') || !site.includes('.');
}

/**
 * The patterns that cover a site the reader adds: the site and its subdomains (`*.` also matches the
 * bare domain), on http and https; an IP address or `localhost` as it is. Ports are not part of a
 * match pattern, so every port of the host is covered.
 */
export function sitePatterns(site: string): string[] {
  return [isBareHost(site) ? `*://${site}/*` : `*://*.${site}/*`];
}

/**
 * The site a pattern of `sitePatterns` stands for; undefined for any other pattern (all addresses, a
 * path, one scheme), which the reader may grant in the browser's own UI but which names no site.
 */
export function siteOfPattern(pattern: string): string | undefined {
  const m = /^\*:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) return undefined;
  const site = m[2] as string;
  if (!isHost(site) || siteOf(site) !== site) return undefined;
  return sitePatterns(site)[0] === pattern ? site : undefined;
}

/**
 * The site key the reader means by what they typed: a host name or a whole address, any case, with or
 * without "www.". Undefined when it is neither.
 */
export function siteFromInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  const site = siteOf(hostname);
  // A name needs a dot (example.vn) unless it is localhost; `URL` turns "abc" into a valid host otherwise.
  if (!isHost(site) || (!site.includes('.') && site !== 'localhost')) return undefined;
  return site;
}

/** One pattern of the manifest's list, taken apart: scheme, host (with `*.` for subdomains). */
interface Pattern {
  scheme: string;
  host: string;
}

function parsePattern(pattern: string): Pattern | undefined {
  const m = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  return m ? { scheme: m[1] as string, host: m[2] as string } : undefined;
}

/** The sites of the manifest's content-script patterns, as readers know them (`vnexpress.net`). */
export function defaultSites(matches: readonly string[]): string[] {
  const sites = matches.flatMap((pattern) => {
    const parsed = parsePattern(pattern);
    return parsed ? [parsed.host.replace(/^\*\./, '')] : [];
  });
  return [...new Set(sites)];
}

/** Whether the manifest's patterns already run the content script on an address of `hostname` over `protocol`. */
export function isDefaultSite(matches: readonly string[], hostname: string, protocol = 'https:'): boolean {
  const host = hostname.toLowerCase();
  const scheme = protocol.replace(/:$/, '');
  return matches.some((pattern) => {
    const parsed = parsePattern(pattern);
    if (!parsed || (parsed.scheme !== '*' && parsed.scheme !== scheme)) return false;
    if (!parsed.host.startsWith('*.')) return parsed.host === host;
    const domain = parsed.host.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** Whether the manifest's list covers a site (over http or https): such a site is never an added one. */
export function isListedSite(matches: readonly string[], site: string): boolean {
  return isDefaultSite(matches, site, 'https:') || isDefaultSite(matches, site, 'http:');
}
