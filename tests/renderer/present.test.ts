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
