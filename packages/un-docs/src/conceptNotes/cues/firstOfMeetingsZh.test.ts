import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { firstOfMeetingsZh } from './firstOfMeetingsZh.js';

const themes = (text: string) => firstOfMeetingsZh(toNoteLayout(text)).map(({ value }) => value);

describe('firstOfMeetingsZh (round t43b)', () => {
  it('reads the first of the meetings a programme counts, by its subject before its kind', () => {
    expect(
      themes(
        '主席介绍，安理会本月将举行两场公开辩论。一是水资源与冲突预防公开辩论，旨在推动合作。二是叙利亚问题公开辩论。',
      ),
    ).toEqual(['水资源与冲突预防']);
  });

  it('reads nothing where no meetings are counted', () => {
    expect(themes('会议讨论了多个问题。一是加强合作，二是增加投入。')).toEqual([]);
    expect(themes('一是水资源与冲突预防公开辩论，旨在推动合作。')).toEqual([]);
  });
});
