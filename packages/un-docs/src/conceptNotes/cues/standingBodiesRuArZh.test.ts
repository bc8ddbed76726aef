import { describe, expect, it } from 'vitest';
import { bodiesIn } from './bodyNames.js';

// Round t42c: the standing bodies by their Russian, Arabic and Chinese names.
describe('a standing body named in Russian, Arabic or Chinese', () => {
  it.each([
    [
      'В ходе сессии Комиссии по положению женщин пройдет интерактивный диалог.',
      'Commission on the Status of Women',
    ],
    ['Комиссия социального развития проведет дискуссию.', 'Commission for Social Development'],
    [
      'ستعقد لجنة السكان والتنمية حلقة نقاش رفيعة المستوى.',
      'Commission on Population and Development',
    ],
    ['وتناقش لجنة المخدرات في دورتها المقبلة المسألة.', 'Commission on Narcotic Drugs'],
    ['统计委员会将举行高级别小组讨论。', 'Statistical Commission'],
    ['妇女地位委员会第七十届会议将举行互动对话。', 'Commission on the Status of Women'],
  ])('%s', (text, body) => {
    expect(bodiesIn(text)[0]?.body).toBe(body);
  });

  it('reads no standing body in another commission', () => {
    expect(bodiesIn('Комиссия по правам человека провела заседание.')).toEqual([]);
  });
});
