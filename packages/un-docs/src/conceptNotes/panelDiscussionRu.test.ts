import { describe, expect, it } from 'vitest';
import { earliest } from './kindsNamed.js';

describe('a Russian panel discussion and its level after it (round t43a)', () => {
  it('reads `групповая дискуссия` in its cases, with the level Russian puts after it', () => {
    expect(
      earliest('Во вторник состоится групповая дискуссия высокого уровня о водных ресурсах.')
        ?.format,
    ).toBe('high-level panel discussion');
    expect(earliest('Участники групповой дискуссии обсудят роль молодёжи.')?.format).toBe(
      'panel discussion',
    );
  });

  it('reads no panel discussion in a bare `дискуссия`, nor a level without a kind', () => {
    expect(earliest('Дискуссия о реформе продолжится в следующем году.')).toBe(null);
    expect(earliest('Делегации высокого уровня прибудут в Женеву.')).toBe(null);
  });
});
