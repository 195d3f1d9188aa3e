/**
 * A country's panel opens on a one-screen summary: each organisation's status and date on one
 * line, where sources differ said on it; the rest (dates and sources, timelines, events, passages,
 * readings) unfolds from the keyboard.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1400, height: 900 } });

test('Georgia’s panel lists every organisation first, is short, and unfolds', async ({ page }) => {
  await page.goto('/?year=2015&country=GEO');
  const panel = page.getByRole('region', { name: 'Georgia' });
  await expect(panel).toBeVisible();
  const top = (await panel.boundingBox())!.y;
  // The six bodies' lines, as the record gives Georgia's statuses on 31 December 2015.
  const lines = {
    cis: /CIS: non-member since 18 August 2009/,
    csto: /CSTO: non-member since 21 April 1999/,
    eaeu: /EAEU: non-member/,
    'union-state': /Union State: non-member/,
    jads: /CIS air defence: non-member since May 2009/,
    guam: /GUAM: member since 10 October 1997/,
  };
  for (const [org, text] of Object.entries(lines)) {
    const line = panel.locator(`[data-org="${org}"]`);
    await expect(line).toContainText(text);
    const box = (await line.boundingBox())!;
    expect(
      box.y + Math.min(box.height, 60) - top,
      `${org}'s line on the panel's first screen`,
    ).toBeLessThan(850);
  }
  // The withdrawal keeps its steps: announced, then effective a year after notice.
  await expect(panel.locator('[data-org="cis"]')).toContainText('announced 12 August 2008');
  await expect(panel.locator('[data-org="cis"]')).toContainText('effective 18 August 2009');
  const height = await panel.evaluate((el) => el.scrollHeight);
  expect(height, 'the folded panel is short').toBeLessThan(3000);

  // Events unfold from the keyboard.
  const events = panel.locator('details', { has: page.locator('summary', { hasText: /^Events/ }) });
  const war = events.locator('.event-list li', { hasText: 'Russia–Georgia war' });
  await expect(war).toBeHidden();
  const summary = events.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(war).toBeVisible();

  // A body it left tells the story of its leaving, unfolded.
  const cis = panel.locator('[data-org="cis"]');
  const story = cis.getByText(/^Withdrawal announced 12 August 2008/);
  await expect(story).toBeHidden();
  await cis.getByText('Dates and sources').click();
  await expect(story).toBeVisible();

  // A body's dates and sources unfold from its line.
  const guam = panel.locator('[data-org="guam"]');
  await guam.getByText('Dates and sources').click();
  await expect(guam.getByText(/^Source:/).first()).toBeVisible();
});

test('Ukraine’s air defence status in 2015 says where sources differ, and the reading unfolds', async ({
  page,
}) => {
  await page.goto('/?year=2015&country=UKR&layer=jads');
  const panel = page.getByRole('region', { name: 'Ukraine' });
  const jads = panel.locator('[data-org="jads"]');
  // By participation (the record): suspended since Russia's seizure of Crimea began; by treaty a member.
  await expect(jads).toContainText(/suspended since 27 February 2014/);
  await expect(jads).toContainText(/Sources differ: also read as member \(by treaty\)/);
  const reading = jads.getByText(/By treaty: Ukraine remained a party to the 1995 agreement/);
  await expect(reading).toBeHidden();
  await jads.getByText('Dates and sources').click();
  await expect(reading).toBeVisible();
});

test('a country’s passages are ranked for the layer on screen', async ({ page }) => {
  // Tajikistan in 2015 (data/records/quotes.json): first come the passages on it that cover 2015 and
  // name the layer's organisation, in the articles' order: the CSTO summits' agenda under the CSTO,
  // the threat from northern Afghanistan to the CIS's border under the CIS.
  const first = async (layer: string): Promise<string | null> => {
    await page.goto(`/?year=2015&country=TJK&layer=${layer}`);
    const panel = page.getByRole('region', { name: 'Tajikistan' });
    await panel.locator('summary', { hasText: 'What the articles say' }).click();
    const card = panel.locator('figure.quote-card').first();
    await expect(card).toBeVisible();
    return card.getAttribute('data-quote');
  };
  expect(await first('csto')).toBe('bolgova-csto-bilateral-agenda');
  expect(await first('cis')).toBe('bolgova-syria-afghanistan-threat');
});
