/** The embed code: an iframe of the embed view with the same query, titled, its attributes escaped. */
import { describe, expect, it } from 'vitest';
import { embedCode } from './share-menu';

describe('the embed code', () => {
  it('frames /embed with the query of the view, and names it for screen readers', () => {
    expect(embedCode('https://atlas.example', 'layer=csto&year=2008', 'CSTO in 2008')).toBe(
      '<iframe src="https://atlas.example/embed?layer=csto&amp;year=2008" ' +
        'title="CSTO in 2008 (CIS Atlas)" width="100%" height="450" style="border:0" ' +
        'loading="lazy"></iframe>',
    );
  });
  it('frames the default view with no query', () => {
    expect(embedCode('https://atlas.example', '', 'CIS in 2026')).toContain(
      'src="https://atlas.example/embed"',
    );
  });
  it('escapes quotes and angle brackets in the title', () => {
    expect(embedCode('https://a.example', '', 'A "quoted" <b>')).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt; (CIS Atlas)"',
    );
  });
});
