import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/main.js';

/** Run `immunodeck check` in this process, from source, capturing what it prints. */
async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(['check', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

const DECK = 'tests/fixtures/quality/decks/no-ending.yaml';

describe('immunodeck check', () => {
  it("prints a per-slide table and warnings for an educator's deck, and exits 0 (advisory)", async () => {
    const r = await check([DECK, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quality gate, advisory mode (today 2026-11-23)');
    expect(r.stdout).toMatch(/ {2}2 {2}plain-topic#brakes +bullets +24 +\d+\.\d {2}✓/);
    expect(r.stdout).toContain('plain-topic: FK 1.3 (limit 8)');
    expect(r.stdout).toMatch(/✓ quality gate passed \(advisory\): 0 errors, 2 warnings/);
    expect(r.stderr).toContain(`${DECK}:3:1 warning: patient deck "no-ending" does not end with the educational-use disclaimer`);
  });

  it('exits 1 with errors in strict mode', async () => {
    const r = await check([DECK, '--strict', '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ quality gate failed (strict): 2 errors, 0 warnings');
    expect(r.stderr).toContain(`${DECK}:3:1 error: patient deck "no-ending" does not end with a "talk to your care team" slide`);
  });

  it('prints the report as JSON', async () => {
    const r = await check(['tests/fixtures/quality/topics/wordy-slide.yaml', '--json', '--strict', '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      mode: string;
      passed: boolean;
      topics: { slides: { key: string; words: number; findings: { rule: string }[] }[] }[];
    };
    expect(report).toMatchObject({ mode: 'strict', passed: false });
    expect(report.topics[0]!.slides.map((s) => [s.key, s.words, s.findings.map((f) => f.rule)])).toEqual([
      ['wordy-slide#shortened', 16, []],
      ['wordy-slide#too-long', 48, ['words-on-screen']],
    ]);
  });

  it('exits 2 on a malformed --today', async () => {
    expect((await check([DECK, '--today', 'yesterday'])).code).toBe(2);
  });
});
