import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import { CiteAtlas } from '@/components/sources/cite-atlas';
import { ChangelogSection } from '@/components/sources/changelog-section';
import {
  BoundariesSection,
  RuleSection,
  StatusSection,
} from '@/components/sources/method-sections';
import { OrganisationsSection } from '@/components/sources/organisations-section';
import { SourcesSection } from '@/components/sources/sources-section';
import '@/components/sources/sources.css';
import { countryName, organisations, records } from '@/data/atlas';
import { andList } from '@/data/text';
import { atlasPayload } from '@/data/records';
import { readChangelog } from '@/data/read-records';
import { groupSources, recordSources } from '@/data/sources';

/**
 * Sources and method: what the organisations are, what the status words mean, the rule for a
 * year, the boundary policy, every source of the record, the day it was last checked, its
 * changelog and how to cite the atlas. Rendered once at build time from the records.
 */
export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'Sources and method — CIS Atlas',
  description: `What the ${andList(organisations.map((o) => o.shortName))} and the bodies before them are, what each status means, the 31 December rule, the boundary policy, every source of the record and how to cite the atlas.`,
};

const CONTENTS = [
  ['cite', 'How to cite'],
  ['organisations', 'The organisations'],
  ['statuses', 'The status words'],
  ['rule', 'The rule for a year'],
  ['boundaries', 'Boundaries'],
  ['sources', 'Sources'],
  ['changelog', 'Changes to the record'],
] as const;

export default function SourcesPage(): React.JSX.Element {
  const { documents } = atlasPayload(records);
  return (
    <>
      <SiteHeader />
      <main id="main" className="sources-page">
        <h1>Sources and method</h1>
        <p className="lead">
          How the atlas is made: where each fact comes from, what the map’s words mean and the rules
          it follows. Everything below is read from the record the map draws.
        </p>
        <nav aria-label="On this page" className="contents">
          <ul>
            {CONTENTS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <CiteAtlas atlas={records.meta} />
        <OrganisationsSection organisations={records.organisations} />
        <StatusSection
          memberships={records.memberships}
          organisations={records.organisations}
          nameOf={countryName}
        />
        <RuleSection />
        <BoundariesSection territories={records.territories} nameOf={countryName} />
        <SourcesSection
          groups={groupSources(recordSources(records))}
          documents={documents}
          meta={records.meta}
        />
        <ChangelogSection entries={readChangelog(process.cwd())} />
      </main>
    </>
  );
}
