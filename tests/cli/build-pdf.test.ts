import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImmunodeck } from '../helpers/cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'immunodeck-cli-pdf-'));
const NIGHT = 'tests/fixtures/pdf/library/decks/night.yaml';

describe('immunodeck build --format pdf,handout,notes', () => {
  it('exits 2 on a wrong handout layout, paper or format', () => {
    const layout = runImmunodeck(['build', NIGHT, '--format', 'handout', '--handout-layout', '5']);
    expect(layout.code).toBe(2);
    expect(layout.stderr).toMatch(/--handout-layout must be one of 1, 2, 3, 4, 6, not "5"/);
    const paper = runImmunodeck(['build', NIGHT, '--format', 'handout', '--paper', 'legal']);
    expect(paper.code).toBe(2);
    expect(paper.stderr).toMatch(/--paper must be one of letter, a4/);
    expect(runImmunodeck(['build', NIGHT, '--format', 'pdf,docx']).code).toBe(2);
  });

  it('writes the HTML, slides PDF, a handout and notes pages, named by deck, layout and paper', () => {
    const out = tmp();
    const r = runImmunodeck(['build', NIGHT, '--out', out, '--format', 'html,pdf,handout,notes', '--handout-layout', '6', '--paper', 'a4']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['night-handout-6up-a4.pdf', 'night-notes-a4.pdf', 'night.html', 'night.pdf']);
    expect(r.stdout).toMatch(/✓ .*night\.pdf {2}\(7 pages, \d+ kB\)/);
    expect(r.stdout).toMatch(/✓ .*night-handout-6up-a4\.pdf {2}\(2 pages, \d+ kB\)/);
    expect(r.stdout).toMatch(/✓ .*night-notes-a4\.pdf {2}\(7 pages, \d+ kB\)/);
    expect(readFileSync(path.join(out, 'night.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('without a browser: exit 1 with what to install, HTML still built, old PDF untouched', () => {
    const out = tmp();
    writeFileSync(path.join(out, 'night.pdf'), 'previous export');
    const r = runImmunodeck(['build', NIGHT, '--out', out, '--format', 'html,pdf'], { env: { CHROME_PATH: '/nonexistent/chromium' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: CHROME_PATH is set to "/nonexistent/chromium", but no file is there');
    expect(r.stderr).toMatch(/→ Install Chromium/);
    expect(existsSync(path.join(out, 'night.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'night.pdf'), 'utf8')).toBe('previous export');
  });

  it('with --pdf-optional and no browser: HTML for every deck, one warning line, exit 0', () => {
    const out = tmp();
    const r = runImmunodeck(['build', 'tests/fixtures/pdf/library/decks', '--out', out, '--format', 'html,pdf,handout', '--pdf-optional'], {
      env: { CHROME_PATH: '/nonexistent/chromium' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: PDFs skipped, HTML only: CHROME_PATH is set to/m);
    // Nor can the slides be measured: said once for the run, with the estimates instead.
    expect(r.stderr.match(/not measured in a browser/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/ error: /);
    expect(readdirSync(out).sort()).toEqual(['day.html', 'night.html']);
  });

  it('builds a folder of decks in one run, with plain progress lines when not on a terminal', () => {
    const out = tmp();
    const r = runImmunodeck(['build', 'tests/fixtures/pdf/library/decks', '--out', out, '--format', 'pdf']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[1\/2\] .*day\.yaml\n✓ .*day\.pdf {2}\(2 pages/);
    expect(r.stdout).toMatch(/\[2\/2\] .*night\.yaml\n✓ .*night\.pdf {2}\(7 pages/);
    expect(readdirSync(out).sort()).toEqual(['day.pdf', 'night.pdf']);
  });
});
