import { afterEach, describe, expect, it } from 'vitest';
import {
  addTranslation,
  DEFAULT_LANGUAGE,
  defineMessages,
  setInterfaceLanguage,
} from './catalogue';

const t = defineMessages('sample', {
  save: 'Save',
  saved: 'Saved: new statements start in {{name}}.',
  comments: { count_one: '{{count}} comment', count_other: '{{count}} comments' },
});

describe('the message catalogue', () => {
  afterEach(() => setInterfaceLanguage(DEFAULT_LANGUAGE));

  it('looks up dotted keys and fills placeholders', () => {
    expect(t('save')).toBe('Save');
    expect(t('saved', { name: 'Arabic' })).toBe('Saved: new statements start in Arabic.');
  });

  it('chooses the plural form from the count', () => {
    expect(t('comments.count', { count: 1 })).toBe('1 comment');
    expect(t('comments.count', { count: 3 })).toBe('3 comments');
  });

  it('uses another language where it has the message and English where it has not', () => {
    addTranslation('fr', 'sample', {
      save: 'Enregistrer',
      comments: { count_one: '{{count}} commentaire', count_other: '{{count}} commentaires' },
    });
    setInterfaceLanguage('fr');
    expect(t('save')).toBe('Enregistrer');
    // French puts 0 in the singular.
    expect(t('comments.count', { count: 0 })).toBe('0 commentaire');
    expect(t('saved', { name: 'arabe' })).toBe('Saved: new statements start in arabe.');
  });

  it('writes numbers in the interface language', () => {
    expect(t('comments.count', { count: 12500 })).toBe('12,500 comments');
    addTranslation('fr', 'sample', { comments: { count_other: '{{count}} commentaires' } });
    setInterfaceLanguage('fr');
    expect(t('comments.count', { count: 12500 })).toBe('12\u202f500 commentaires');
  });

  it('shows the key, never an empty label, for a message nobody wrote', () => {
    const loose = t as (key: string) => string;
    expect(loose('missing.key')).toBe('missing.key');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('saved')).toBe('Saved: new statements start in {{name}}.');
  });
});
