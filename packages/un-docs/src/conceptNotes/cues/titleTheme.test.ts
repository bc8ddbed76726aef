import { describe, expect, it } from 'vitest';
import { isBareMeetingKind, withoutTrailingNames } from './meetingKinds.js';
import { themeBesideKind } from './titleTheme.js';

describe('isBareMeetingKind', () => {
  it.each([
    'Workshop',
    'Evento paralelo',
    'UNGA High-level Thematic Debate',
    'Security Council open debate (high-level)',
    'Réunion en formule Arria du Conseil de sécurité',
    'Concept Note – Arria-formula meeting',
    'Ministerial round table',
    '2027 ECOSOC Special Meeting',
    'Side event hosted by Jordan and Uganda',
    'Side event on the margins of the second session of the United Nations Habitat Assembly',
    'Manifestation parallèle en marge de la Conférence des Parties',
    'Annual interactive debate',
  ])('%s names only a kind of meeting', (line) => {
    expect(isBareMeetingKind(line)).toBe(true);
  });

  it.each([
    'Dialogue among civilizations',
    'Sustaining peace through interfaith dialogue',
    'Women in mediation',
    'Peacebuilding Commission',
    'Climate, peace and security in Africa',
  ])('%s is not a bare kind of meeting', (line) => {
    expect(isBareMeetingKind(line)).toBe(false);
  });
});

describe('themeBesideKind', () => {
  it.each([
    [
      'Workshop: Negotiating and drafting Security Council products',
      'Negotiating and drafting Security Council products',
    ],
    [
      'Concept Note – Arria-formula meeting: Climate finance for fragile settings',
      'Climate finance for fragile settings',
    ],
    ['Ministerial round table: financing the care economy', 'financing the care economy'],
    [
      "Women's economic empowerment in conflict settings – Arria-formula meeting",
      "Women's economic empowerment in conflict settings",
    ],
    [
      'Maintenance of international peace and security: Climate, peace and security in Africa | High-level open debate',
      'Climate, peace and security in Africa',
    ],
    ['Peacebuilding Commission – ambassadorial-level meeting', null],
    ['Twenty years of the Alliance of Civilizations: dialogue as prevention', null],
  ])('%s → %s', (line, theme) => {
    expect(themeBesideKind(line)).toBe(theme);
  });
});

describe('withoutTrailingNames', () => {
  it('drops a last segment that names only a session', () => {
    expect(
      withoutTrailingNames(
        'la integración de una perspectiva de género — 58.º período de sesiones',
      ),
    ).toBe('la integración de una perspectiva de género');
    expect(withoutTrailingNames('Climate finance – lessons from the Sahel')).toBe(
      'Climate finance – lessons from the Sahel',
    );
  });
});
