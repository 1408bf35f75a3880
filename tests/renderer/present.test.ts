import { describe, expect, it } from 'vitest';
import { commandFor, jumpTarget } from '../../renderer/src/present/keys.js';
import { defaultTargetMinutes, formatClock, paceOf } from '../../renderer/src/present/pace.js';
import {
  notesWithoutPrompts,
  promptKey,
  promptsInNotes,
  summarizeTeachBack,
  teachBackPrompts,
} from '../../renderer/src/present/teach-back.js';

describe('teach-back prompts', () => {
  it('pulls "Ask:" and "Pregunte:" lines out of notes, without quotes', () => {
    const notes = 'Give the number.\nAsk: "When would you call?"\n- **Pregunte:** «¿Cuándo llamaría?»\nask what a guard does';
    expect(promptsInNotes(notes, 3)).toEqual([
      { slide: 3, text: 'When would you call?' },
      { slide: 3, text: '¿Cuándo llamaría?' },
    ]);
    expect(notesWithoutPrompts(notes)).toBe('Give the number.\nask what a guard does');
  });

  it('numbers prompts by slide and summarizes which were asked', () => {
    const prompts = teachBackPrompts([{ notes: 'Ask: one?' }, { notes: '' }, { notes: 'Ask: two?\nAsk: three?' }]);
    expect(prompts.map((p) => p.slide)).toEqual([0, 2, 2]);
    const summary = summarizeTeachBack(prompts, new Set([promptKey(prompts[1]!)]));
    expect(summary.asked.map((p) => p.text)).toEqual(['two?']);
    expect(summary.missed.map((p) => p.text)).toEqual(['one?', 'three?']);
  });
});

describe('presenter pace and clock', () => {
  it('formats elapsed time', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(75.9)).toBe('01:15');
    expect(formatClock(3725)).toBe('1:02:05');
  });

  it('says on time, behind, ahead and over time in plain words', () => {
    // 10 slides in 20 minutes: 2 minutes a slide.
    expect(paceOf(5 * 60, 20, 2, 10)).toMatchObject({ state: 'on-time', label: 'On time' });
    expect(paceOf(10 * 60, 20, 2, 10)).toMatchObject({ state: 'behind', label: '6 min behind' });
    expect(paceOf(60, 20, 6, 10)).toMatchObject({ state: 'ahead', label: '11 min ahead' });
    expect(paceOf(23 * 60, 20, 9, 10)).toMatchObject({ state: 'behind', label: '3 min over time' });
    expect(defaultTargetMinutes(2)).toBe(5);
    expect(defaultTargetMinutes(14)).toBe(20);
  });
});

describe('presenter keys', () => {
  it('maps the keys nurses know from PowerPoint and Keynote', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(commandFor(key)).toEqual({ do: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(commandFor(key)).toEqual({ do: 'prev' });
    expect(commandFor('Home')).toEqual({ do: 'first' });
    expect(commandFor('End')).toEqual({ do: 'last' });
    expect(commandFor('b')).toEqual({ do: 'black' });
    expect(commandFor('W')).toEqual({ do: 'white' });
    expect(commandFor('Escape')).toEqual({ do: 'end' });
    expect(commandFor('7')).toEqual({ do: 'digit', digit: '7' });
    expect(commandFor('x')).toBeUndefined();
  });

  it('jumps only to slides that exist', () => {
    expect(jumpTarget('3', 10)).toBe(2);
    expect(jumpTarget('11', 10)).toBeUndefined();
    expect(jumpTarget('0', 10)).toBeUndefined();
    expect(jumpTarget('', 10)).toBeUndefined();
  });
});

describe('teach-back prompts inside folded notes (as the built-in topics write them)', () => {
  it('finds a prompt after a sentence in the same paragraph, and one for the caregiver', () => {
    const notes =
      'Checkpoints are brakes. Some cancer cells press them. Ask: "Can you tell me why the body needs brakes?" Then move on.\n' +
      'Dos personas oyen más que una. Pregúntele al cuidador: "¿Dónde va a guardar los números?" Ask the caregiver: who drives you home?';
    expect(promptsInNotes(notes, 0).map((p) => p.text)).toEqual([
      'Can you tell me why the body needs brakes?',
      '¿Dónde va a guardar los números?',
      'who drives you home?',
    ]);
    expect(notesWithoutPrompts(notes)).toBe(
      'Checkpoints are brakes. Some cancer cells press them. Then move on.\nDos personas oyen más que una.',
    );
  });

  it('does not take "ask" inside a sentence for a prompt', () => {
    expect(promptsInNotes('You can ask: the team knows best. Nurses ask: why?', 0)).toEqual([]);
  });

  it('finds the prompts of every built-in patient deck slide that has one', async () => {
    const { runDeckJob } = await import('../../core/job/deck-job.js');
    const job = await runDeckJob({ source: { file: 'content/decks/intro-patients.yaml' }, outputs: [], fit: 'off' });
    const slides = job.model!.slides.map((s) => ({ notes: s.notes ?? '' }));
    const withAsk = slides.filter((s) => /\bAsk(?: the caregiver)?:/.test(s.notes)).length;
    expect(withAsk).toBeGreaterThan(10);
    expect(new Set(teachBackPrompts(slides).map((p) => p.slide)).size).toBe(withAsk);
  });
});
