/**
 * The outlet a page belongs to, as a name: the first of the page's own names (og:site_name, application-name,
 * JSON-LD publisher, the publisher tag) that is neither a bare domain ("bild.de") nor a company ("Tamedia AG");
 * else a JSON-LD organisation named like the page's host ("CORRECTIV" on correctiv.org); else the domain registry
 * (`OUTLET_DOMAINS`); else the first thing the page said (a domain, as before).
 */
import { OUTLET_DOMAINS } from '../lang/outlets.js';

/** "bild.de", "www.DW.COM", "https://stern.de/": a domain and nothing else. */
export function isBareDomain(value: string): boolean {
  return /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}\/?$/iu.test(value.trim());
}

/** A company rather than a title: "… GmbH & Co. KG", "Tamedia AG", "… Verlag". */
export function isCompany(value: string): boolean {
  return /(?:^|[\s-])(?:GmbH|mbH|AG|KG|KGaA|SE|Ltd\.?|Inc\.?|LLC|Verlag|Verlagsgesellschaft|Mediengruppe)(?:$|[\s,.&])/u.test(
    value,
  );
}

/** "Deutsche Welle (www.dw.com)" → "Deutsche Welle": a domain in brackets after a name is dropped. */
function withoutDomainNote(value: string): string {
  return value.replace(/\s*\((?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}\/?\)\s*$/iu, '').trim();
}

/** The host of a URL or bare domain, lower case, without `www.`. */
export function hostName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const href = /^https?:\/\//iu.test(value) ? value : `https://${value}`;
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\d*\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The registry's name for a host or any of its parent domains. */
export function registeredOutlet(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = OUTLET_DOMAINS[labels.slice(i).join('.')];
    if (name !== undefined) return name;
  }
  return undefined;
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * `candidates`: the page's own names in order of trust; `organisations`: names of JSON-LD organisations on the
 * page; `url`: the page's address.
 */
export function outletName(
  candidates: readonly (string | undefined)[],
  organisations: readonly string[],
  url: string | undefined,
): string | undefined {
  const given = candidates.filter((c): c is string => c !== undefined && c.trim() !== '');
  const named = given.map(withoutDomainNote).find((c) => c !== '' && !isBareDomain(c) && !isCompany(c));
  if (named !== undefined) return named;
  const hosts = [...given.filter(isBareDomain).map(hostName), hostName(url)].filter(
    (h): h is string => h !== undefined,
  );
  for (const host of hosts) {
    const label = compact(host.split('.').slice(-2, -1)[0] ?? '');
    const org = organisations.find((o) => label.length >= 2 && compact(o) === label);
    if (org !== undefined) return org;
  }
  for (const host of hosts) {
    const name = registeredOutlet(host);
    if (name !== undefined) return name;
  }
  return given[0];
}
