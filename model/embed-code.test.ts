/** The embed code: an iframe of the embed view with the same query, titled, its attributes escaped. */
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '@/data/url-state';
import { embedCode } from './embed-code';

describe('the embed code', () => {
  it('frames /embed with the query of the view, and names it for screen readers', () => {
    expect(embedCode('https://atlas.example', 'layer=csto&year=2008', 'CSTO in 2008')).toBe(
      '<iframe src="https://atlas.example/embed?layer=csto&amp;year=2008" ' +
        'title="CSTO in 2008 (CIS Atlas)" width="100%" height="640" style="border:0" ' +
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
  it('asks for the map without controls with controls=0, which the link reader reads as such', () => {
    const code = embedCode('https://a.example', 'layer=csto&year=2008', 'CSTO in 2008', {
      controls: false,
    });
    expect(code).toContain('src="https://a.example/embed?layer=csto&amp;year=2008&amp;controls=0"');
    expect(code).toContain('height="480"');
    const known = { countries: new Set<string>(), orgs: ['cis', 'csto'] };
    expect(parseUrlState({ controls: '0' }, 2026, known).state.controls).toBe(false);
  });
  it('adds, when asked, a script that trusts only the atlas’s origin and sizes only its frame', () => {
    const code = embedCode('https://a.example', '', 'CIS in 2026', { autoHeight: true });
    const [frame, script] = code.split('\n');
    expect(frame).toMatch(/^<iframe /);
    expect(script).toMatch(/^<script>.*<\/script>$/);
    expect(script).toContain('e.origin!=="https://a.example"');
    expect(script).toContain('contentWindow===e.source');
    expect(embedCode('https://a.example', '', 'CIS in 2026')).not.toContain('<script');
  });
});
