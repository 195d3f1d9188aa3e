/**
 * The rules that hold across data files, beyond what one file's schema can say: every join
 * resolves, no intervals overlap, nothing predates its organisation. Each problem is one line
 * that names the file and the field.
 */
import { foldForSearch, foldWhitespace } from './text';
import type { AtlasRecords } from './records';
import type { MembershipInterval, Organisation } from './schema';

const M = 'data/records/memberships.json';

/** Every cross-file problem in the records; an empty list means the data is consistent. */
export function checkInvariants(r: AtlasRecords): string[] {
  const problems: string[] = [];
  const countryCodes = new Set(r.countries.map((c) => c.iso3));
  const orgs = new Map(r.organisations.map((o) => [o.id, o]));
  const docs = new Map(r.documents.map((d) => [d.id, d]));

  const seen = new Set<string>();
  r.countries.forEach((c, i) => {
    if (seen.has(c.iso3))
      problems.push(`data/records/countries.json [${i}].iso3: ${c.iso3} appears twice`);
    seen.add(c.iso3);
  });
  if (r.countries.filter((c) => c.role === 'post-soviet').length !== 15) {
    problems.push('data/records/countries.json: there must be exactly 15 post-Soviet states');
  }

  // A name, as search folds it, must find one state: so no other name repeats a main name or
  // another state's name (nor the same state's, which would show it twice).
  const nameOwner = new Map(r.countries.map((c) => [foldForSearch(c.name), c.iso3]));
  r.countries.forEach((c, i) => {
    c.otherNames?.forEach((n, j) => {
      const at = `data/records/countries.json [${i}].otherNames[${j}]`;
      const key = foldForSearch(n.name);
      const owner = nameOwner.get(key);
      if (key === foldForSearch(c.name))
        problems.push(`${at}: ${n.name} repeats the main name ${c.name}`);
      else if (owner !== undefined) problems.push(`${at}: ${n.name} is already a name of ${owner}`);
      else nameOwner.set(key, c.iso3);
    });
  });

  r.memberships.forEach((m, i) => {
    const at = `${M} [${i}] (${m.country} ${m.org} ${m.from})`;
    if (!countryCodes.has(m.country))
      problems.push(`${at}.country: ${m.country} is not in data/records/countries.json`);
    if (m.until !== undefined && m.until <= m.from)
      problems.push(`${at}.until: ${m.until} is not after from ${m.from}`);
    const org = orgs.get(m.org);
    if (!org) {
      problems.push(`${at}.org: no organisation ${m.org}`);
      return;
    }
    if (m.from < org.from)
      problems.push(`${at}.from: ${m.from} is before the ${org.shortName} began (${org.from})`);
    // A named reading is one of the organisation's own, and never its first (the main one).
    m.alternatives.forEach((a, j) => {
      if (a.readingId === undefined) return;
      const k = org.readings.findIndex((r) => r.id === a.readingId);
      if (k < 1)
        problems.push(
          `${at}.alternatives[${j}].readingId: ${a.readingId} is not one of the other readings of ${org.id}`,
        );
      if (a.status === undefined)
        problems.push(`${at}.alternatives[${j}].status: a named reading needs its status`);
    });
    const body = org.bodies.find((b) => b.id === m.body);
    if (!body) problems.push(`${at}.body: ${m.body} is not a body of ${org.id}`);
    else {
      if (m.from < body.from)
        problems.push(`${at}.from: ${m.from} is before ${body.shortName} began (${body.from})`);
      if (body.until !== undefined && (m.until === undefined || m.until > body.until)) {
        problems.push(`${at}.until: runs past the end of ${body.shortName} (${body.until})`);
      }
    }
  });

  const byKey = new Map<string, { m: MembershipInterval; i: number }[]>();
  r.memberships.forEach((m, i) => {
    const key = `${m.country}/${m.org}`;
    byKey.set(key, [...(byKey.get(key) ?? []), { m, i }]);
  });
  for (const [key, list] of byKey) {
    const sorted = [...list].sort((a, b) => a.m.from.localeCompare(b.m.from));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const next = sorted[k]!;
      if (prev.m.until === undefined || prev.m.until > next.m.from) {
        problems.push(
          `${M} [${next.i}].from: ${key} interval from ${next.m.from} overlaps [${prev.i}] (${prev.m.from}–${prev.m.until ?? 'open'})`,
        );
      }
    }
  }

  r.organisations.forEach((o, i) => {
    o.bodies.forEach((b, j) => {
      if (b.from < o.from)
        problems.push(
          `data/records/organisations.json [${i}].bodies[${j}].from: ${b.from} is before ${o.id} began (${o.from})`,
        );
    });
  });

  r.territories.forEach((t, i) => {
    if (!countryCodes.has(t.country))
      problems.push(`data/records/territories.json [${i}].country: ${t.country} is unknown`);
    if (t.until !== undefined && t.until <= t.from)
      problems.push(`data/records/territories.json [${i}].until: not after from`);
  });

  const checkRefs = (
    file: string,
    i: number,
    cs: readonly string[],
    os: readonly string[],
  ): void => {
    cs.forEach((c, j) => {
      if (!countryCodes.has(c))
        problems.push(`${file} [${i}].countries[${j}]: ${c} is not in data/records/countries.json`);
    });
    os.forEach((o, j) => {
      if (!orgs.has(o as Organisation['id']))
        problems.push(`${file} [${i}].orgs[${j}]: ${o} is not an organisation`);
    });
  };
  const paragraphText = (docId: string, pid: string): string | undefined =>
    docs.get(docId)?.paragraphs.find((p) => p.id === pid)?.text;

  const quoteIds = new Set<string>();
  r.quotes.forEach((q, i) => {
    const file = 'data/records/quotes.json';
    if (quoteIds.has(q.id)) problems.push(`${file} [${i}].id: ${q.id} appears twice`);
    quoteIds.add(q.id);
    checkRefs(file, i, q.countries, q.orgs);
    if (q.years[0] > q.years[1])
      problems.push(`${file} [${i}].years: ${q.years[0]} is after ${q.years[1]}`);
    if (!docs.has(q.document)) problems.push(`${file} [${i}].document: no document ${q.document}`);
    else {
      const text = paragraphText(q.document, q.paragraph);
      if (text === undefined)
        problems.push(`${file} [${i}].paragraph: ${q.document} has no paragraph ${q.paragraph}`);
      else if (!foldWhitespace(text).includes(foldWhitespace(q.text)))
        problems.push(`${file} [${i}].text: not found verbatim in ${q.document} ${q.paragraph}`);
    }
  });

  r.claims.forEach((c, i) => {
    const file = 'data/records/claims.json';
    checkRefs(file, i, c.countries, c.orgs);
    const text = paragraphText(c.document, c.paragraph);
    if (text === undefined)
      problems.push(`${file} [${i}].paragraph: ${c.document} has no paragraph ${c.paragraph}`);
    else if (!foldWhitespace(text).includes(foldWhitespace(c.claim)))
      problems.push(`${file} [${i}].claim: not found verbatim in ${c.document} ${c.paragraph}`);
  });

  const eventIds = new Set<string>();
  r.events.forEach((e, i) => {
    const file = 'data/records/events.json';
    if (eventIds.has(e.id)) problems.push(`${file} [${i}].id: ${e.id} appears twice`);
    eventIds.add(e.id);
    checkRefs(file, i, e.countries, e.orgs);
    if (e.endDate !== undefined && e.endDate < e.date)
      problems.push(`${file} [${i}].endDate: before date`);
  });

  r.documents.forEach((d) => {
    const ids = new Set<string>();
    d.paragraphs.forEach((p, j) => {
      if (ids.has(p.id))
        problems.push(`data/documents/${d.id}.json paragraphs[${j}].id: ${p.id} appears twice`);
      ids.add(p.id);
    });
  });
  // Presence points: in a post-Soviet state other than Russia, dated in order, ids unique.
  const P = 'data/records/presence.json';
  const presenceIds = new Set<string>();
  r.presence.forEach((p, i) => {
    const at = `${P} [${i}] (${p.id})`;
    if (presenceIds.has(p.id)) problems.push(`${at}.id: ${p.id} is given twice`);
    presenceIds.add(p.id);
    const country = r.countries.find((c) => c.iso3 === p.country);
    if (!country || country.role !== 'post-soviet' || p.country === 'RUS')
      problems.push(
        `${at}.country: ${p.country} is not one of the other fourteen post-Soviet states`,
      );
    if (p.until !== undefined && p.until <= p.from)
      problems.push(`${at}.until: ${p.until} is not after from (${p.from})`);
  });
  return problems;
}
