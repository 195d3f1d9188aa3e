import { describe, expect, it } from 'vitest';
import { citeAtlas, citeSource, citeView, citedPath, type AtlasRef } from './cite';
import { defaultState } from './url-state';

// Every expected string below is written out by hand from the APA 7 and Chicago 17 author-date
// patterns, never produced by the functions under test.

const atlas: AtlasRef = {
  name: 'CIS Atlas',
  title: 'CIS Atlas: The post-Soviet alliances, 1991 to today',
  checkedOn: '2026-11-24',
};

describe('citing the atlas as a whole', () => {
  const c = citeAtlas(atlas, 'https://atlas.example.org/', '2027-03-05');

  it('gives the APA 7 reference with the version day and the retrieval day', () => {
    expect(c.apa).toBe(
      'CIS Atlas. (2026, November 24). CIS Atlas: The post-Soviet alliances, 1991 to today [Interactive map]. Retrieved March 5, 2027, from https://atlas.example.org/',
    );
  });

  it('gives the Chicago author-date reference, ending with the URL and a full stop', () => {
    expect(c.chicago).toBe(
      'CIS Atlas. 2026. CIS Atlas: The post-Soviet alliances, 1991 to today. Interactive map. Last modified November 24, 2026. Accessed March 5, 2027. https://atlas.example.org/.',
    );
  });

  it('gives a BibTeX @misc entry with the group author and the title braced against re-casing', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{cisatlas2026,',
        '  author = {{CIS Atlas}},',
        '  title = {{CIS Atlas: The post-Soviet alliances, 1991 to today}},',
        '  howpublished = {Interactive map},',
        '  year = {2026},',
        '  date = {2026-11-24},',
        '  url = {https://atlas.example.org/},',
        '  urldate = {2027-03-05}',
        '}',
      ].join('\n'),
    );
  });
});

describe('citing one view', () => {
  const c = citeView(
    atlas,
    { title: 'CSTO in 2008', url: 'https://atlas.example.org/?year=2008&layer=csto' },
    '2026-11-24',
  );

  it('names the view, its link and the access day in APA', () => {
    expect(c.apa).toBe(
      'CIS Atlas. (2026, November 24). CSTO in 2008 [Interactive map]. Retrieved November 24, 2026, from https://atlas.example.org/?year=2008&layer=csto',
    );
  });

  it('quotes the view and names the atlas in Chicago', () => {
    expect(c.chicago).toBe(
      'CIS Atlas. 2026. “CSTO in 2008.” Interactive map. CIS Atlas: The post-Soviet alliances, 1991 to today. Last modified November 24, 2026. Accessed November 24, 2026. https://atlas.example.org/?year=2008&layer=csto.',
    );
  });

  it('keys the BibTeX entry by the atlas, the year and the view', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{cisatlas2026:cstoin2008,',
        '  author = {{CIS Atlas}},',
        '  title = {{CSTO in 2008}},',
        '  howpublished = {Interactive map, CIS Atlas: The post-Soviet alliances, 1991 to today},',
        '  year = {2026},',
        '  date = {2026-11-24},',
        '  url = {https://atlas.example.org/?year=2008&layer=csto},',
        '  urldate = {2026-11-24}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes LaTeX special characters in BibTeX, but not in the URL', () => {
    const odd = citeView(
      { name: 'A & B_Atlas', title: '100% {maps} #1 ~ $5 ^ x\\y', checkedOn: '2026-01-02' },
      { title: 'R&D_view', url: 'https://e.org/?a=1&b=%20{x}' },
      '2026-01-03',
    );
    expect(odd.bibtex).toBe(
      [
        '@misc{abatlas2026:rdview,',
        '  author = {{A \\& B\\_Atlas}},',
        '  title = {{R\\&D\\_view}},',
        '  howpublished = {Interactive map, 100\\% \\{maps\\} \\#1 \\textasciitilde{} \\$5 \\textasciicircum{} x\\textbackslash{}y},',
        '  year = {2026},',
        '  date = {2026-01-02},',
        '  url = {https://e.org/?a=1&b=%20%7Bx%7D},',
        '  urldate = {2026-01-03}',
        '}',
      ].join('\n'),
    );
  });
});

describe('citing a source of the record', () => {
  const tass = {
    title: "Poroshenko signs decree on recalling Ukraine's representatives from CIS bodies",
    publisher: 'TASS',
    date: '2018-05-19',
    url: 'http://tass.com/world/1005227',
  };

  it('puts the title first in APA, since the record names no person', () => {
    expect(citeSource(tass).apa).toBe(
      "Poroshenko signs decree on recalling Ukraine's representatives from CIS bodies. (2018, May 19). TASS. http://tass.com/world/1005227",
    );
  });

  it('puts the publisher first in Chicago, with the month and day after the title', () => {
    expect(citeSource(tass).chicago).toBe(
      "TASS. 2018. “Poroshenko signs decree on recalling Ukraine's representatives from CIS bodies.” May 19. http://tass.com/world/1005227.",
    );
  });

  it('keys BibTeX by publisher, year and the first long word of the title', () => {
    expect(citeSource(tass).bibtex).toBe(
      [
        '@misc{tass2018poroshenko,',
        "  title = {{Poroshenko signs decree on recalling Ukraine's representatives from CIS bodies}},",
        '  howpublished = {TASS},',
        '  year = {2018},',
        '  date = {2018-05-19},',
        '  url = {http://tass.com/world/1005227}',
        '}',
      ].join('\n'),
    );
  });

  it('cites a treaty without an address by its citation, and a title ending in "?" keeps it', () => {
    const treaty = {
      title: 'Collective Security Treaty (Tashkent Treaty)',
      date: '1992-05-15',
      citation: 'Collective Security Treaty, signed at Tashkent on 15 May 1992',
    };
    expect(citeSource(treaty).apa).toBe(
      'Collective Security Treaty (Tashkent Treaty). (1992, May 15). Collective Security Treaty, signed at Tashkent on 15 May 1992.',
    );
    expect(citeSource(treaty).chicago).toBe(
      '“Collective Security Treaty (Tashkent Treaty).” 1992. May 15. Collective Security Treaty, signed at Tashkent on 15 May 1992.',
    );
    expect(citeSource(treaty).bibtex).toBe(
      [
        '@misc{source1992collective,',
        '  title = {{Collective Security Treaty (Tashkent Treaty)}},',
        '  year = {1992},',
        '  date = {1992-05-15},',
        '  note = {Collective Security Treaty, signed at Tashkent on 15 May 1992}',
        '}',
      ].join('\n'),
    );
    expect(
      citeSource({ title: 'Who leaves the CIS?', publisher: 'Kun.uz', url: 'https://kun.uz/x' })
        .apa,
    ).toBe('Who leaves the CIS? (n.d.). Kun.uz. https://kun.uz/x');
  });

  it('writes "n.d." for a source without a date, in Chicago too, and a Cyrillic title gives no key word', () => {
    const c = citeSource({
      title: 'Украина намерена выйти из СНГ',
      publisher: 'Utro.ru',
      url: 'https://utro.ru/a',
    });
    expect(c.chicago).toBe('Utro.ru. n.d. “Украина намерена выйти из СНГ.” https://utro.ru/a.');
    expect(c.bibtex).toBe(
      [
        '@misc{utroru,',
        '  title = {{Украина намерена выйти из СНГ}},',
        '  howpublished = {Utro.ru},',
        '  url = {https://utro.ru/a}',
        '}',
      ].join('\n'),
    );
  });
});

describe('the link a view citation gives', () => {
  it('always writes the year and the organisation, even where they are the defaults', () => {
    expect(citedPath(defaultState(2026), 2026)).toBe('/?year=2026&layer=cis');
  });

  it('keeps the comparison, the country and the view after them', () => {
    expect(
      citedPath(
        {
          ...defaultState(2026),
          layer: 'csto',
          year: 2008,
          compare: 'cis',
          country: 'GEO',
          view: 'table',
        },
        2026,
      ),
    ).toBe('/?year=2008&layer=csto&view=table&country=GEO&compare=cis');
  });
});
