import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { quotedThemeZh } from './themeZh.js';

const themes = (text: string) => quotedThemeZh(toNoteLayout(text)).map(({ value }) => value);

describe('quotedThemeZh (round t40b)', () => {
  it('reads a quoted title with a few words between it and its 的', () => {
    expect(
      themes('人权理事会将于2027年3月15日在日内瓦举行关于《发展权利宣言》执行情况的互动对话。'),
    ).toEqual(['发展权利宣言']);
    expect(themes('安全理事会将举行关于“冲突中的平民保护”的公开辩论。')).toEqual([
      '冲突中的平民保护',
    ]);
  });

  it('reads no quotation a long clause separates from the meeting', () => {
    expect(
      themes(
        '会议将讨论关于《发展权利宣言》在各国国家发展战略中的执行情况和其他很多问题的互动对话。',
      ),
    ).toEqual([]);
  });

  // Round t43b: a title quoted within the theme's quotation.
  it('reads a theme holding a quoted title to its own closing mark', () => {
    expect(
      themes('高级别会议将于9月20日开幕，主题为“加强合作：执行《海洋公约》及其各项目标”。'),
    ).toEqual(['加强合作：执行《海洋公约》及其各项目标']);
    expect(themes('大会将举行主题为《城市与气候》的高级别会议。')).toEqual(['城市与气候']);
  });

  it('reads no theme from a quotation left unclosed', () => {
    expect(themes('会议主题为“加强合作：执行《海洋公约》及其各项目标。')).toEqual([]);
  });
});
