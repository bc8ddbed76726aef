import { candidate, type Cue } from './Candidate.js';
import { ZH } from '../formatVocabularyZh.js';
import { ZH_MEETING } from '../meetingWordsZh.js';

// Round t43b: a Chinese programme counts its meetings, then names each by its rank and its subject
// before its kind (`安理会本月将举行两场公开辩论。一是X公开辩论，旨在……。二是Y公开辩论……`, "two open
// debates: the first, the X open debate, …"). By the convention on texts announcing several
// meetings the first is read (firstOfMeetings.ts in English): its subject is what stands between
// `一是` ("the first is") and the kind, in the sentence that counts them or the next.

const KINDS = [...Object.values(ZH), ZH_MEETING].join('|');
const COUNTED = /[两二三四五几多]\s*[场次个项]/u;
const FIRST = new RegExp(
  String.raw`(?:^|[。；;，,：:])\s*(?:一是|第一场是|其一是)\s*([^，。；,;：:“”《》]{2,60}?)(?:${KINDS})`,
  'u',
);

export const firstOfMeetingsZh: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const counted = COUNTED.test(text) || COUNTED.test(sentences[index - 1]?.text ?? '');
    const words = counted ? FIRST.exec(text)?.[1] : undefined;
    return words ? [candidate(words.trim(), 0.52, text, 'firstOfMeetingsZh')] : [];
  });
