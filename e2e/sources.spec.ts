import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

/**
 * The distinct sources of the record, counted again by hand on 7 December 2026 (by address, or
 * by title where a source has none):
 *   cat data/records/*.json | jq -s '[.[] | .. | objects | .source? // empty
 *     | if .url then .url else "T:"+.title end] | unique | length'
 */
const DISTINCT_SOURCES = 336;

test.describe('sources and method', () => {
  test('the header opens the page, which names the predecessors, the statuses, the rule, the check and the sources', async ({
    page,
  }) => {
    await page.goto('/documents/wani-2025');
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Sources & method' })
      .click();
    await expect(page).toHaveURL(/\/sources\/?$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sources and method' })).toBeVisible();

    const orgs = page.locator('section', { has: page.locator('#organisations') });
    await expect(orgs).toContainText('Collective Security Treaty');
    await expect(orgs).toContainText('Tashkent, 15 May 1992');
    await expect(orgs).toContainText('Eurasian Economic Community');

    const statuses = page.locator('.status-words dt');
    await expect(statuses).toHaveCount(7);
    for (const word of [
      'member',
      'participating',
      'associate',
      'observer',
      'suspended',
      'withdrawing',
      'non-member',
    ])
      await expect(statuses.locator('code', { hasText: new RegExp(`^${word}$`) })).toHaveCount(1);

    await expect(page.locator('#rule + p')).toContainText('31 December');
    await expect(page.locator('#rule + p')).toContainText('for the current year, its status today');

    await expect(page.locator('.checked')).toContainText('Record last checked: 7 December 2026');
    expect(await page.getByTestId('record-source').count()).toBeGreaterThanOrEqual(
      DISTINCT_SOURCES,
    );
    await expect(page.getByTestId('source-count')).toHaveText(String(DISTINCT_SOURCES));

    // The changelog is the record's, folded.
    await page.getByText('Record changes, 24 November 2026').click();
    await expect(
      page.locator('.changelog-entry', { hasText: 'Record changes, 24 November 2026' }),
    ).toContainText('Method adopted for the CIS before its Charter');
    await page.getByText('Record changes, 7 December 2026').click();
    await expect(
      page.locator('.changelog-entry', { hasText: 'Record changes, 7 December 2026' }),
    ).toContainText('Agarak');
  });

  test('the atlas citation names its address; a source’s Cite button copies its APA citation', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/sources');
    await expect(page.locator('#cite ~ .citations pre').first()).toContainText(`Retrieved`);
    await expect(page.locator('#cite ~ .citations pre').first()).toContainText(`${baseURL}/`);
    const cite = page.getByRole('button', {
      name: /^Cite: copy an APA citation of “Georgia Finalizes Quitting CIS”/,
    });
    await cite.focus();
    await page.keyboard.press('Enter');
    await expect(cite.locator('xpath=following-sibling::*[@role="status"][1]')).toHaveText(
      'Copied',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Georgia Finalizes Quitting CIS. (2009, August 18). Civil.ge.');
  });

  test('"Cite this view" on the CSTO in 2008 copies an APA citation with the year, the body and the link', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?layer=csto&year=2008');
    await waitForMap(page);
    await page.getByText('Cite this view').click();
    const copy = page.getByRole('button', { name: 'Copy the APA 7 citation' });
    await copy.click();
    await expect(page.locator('.cite-view .citation').first().getByRole('status')).toHaveText(
      'Copied',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('2008');
    expect(copied).toContain('CSTO');
    expect(copied).toContain(`${baseURL}/?year=2008&layer=csto`);
    expect(copied).toMatch(
      /^CIS Atlas\. \(2026, December 7\)\. CSTO in 2008 \[Interactive map\]\. Retrieved /,
    );
  });

  test('/sources has no serious axe violations', async ({ page }) => {
    await page.goto('/sources');
    await page.getByText('Record changes, 24 November 2026').click();
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
  });
});
