import { describe, expect, it } from 'vitest';
import { announcedBareKind } from './bareKind.js';
import { placedTomorrow } from './relativeDay.js';

describe('announcedBareKind', () => {
  it('reads a session held or opened on a day, as the object of its verb', () => {
    expect(
      announcedBareKind(
        'Le Conseil des droits de l’homme tiendra sa vingt-septième session ordinaire, du 8 au 26 septembre 2014, à Genève.',
      ),
    ).toBe('session');
    expect(
      announcedBareKind(
        'La Asamblea General inaugurará su septuagésimo período de sesiones el martes 15 de septiembre.',
      ),
    ).toBe('session');
  });

  it('reads a segment that will take place on a day, as the subject of its verb', () => {
    expect(
      announcedBareKind(
        'The Coordination Segment, chaired by H.E. Mr. A. B. (Kazakhstan), Vice-President of the Council, will take place on 31 January 2024.',
      ),
    ).toBe('segment');
    expect(
      announcedBareKind('La serie de sesiones de coordinación se celebrará el 4 de mayo de 2027.'),
    ).toBe('segment');
  });

  it('reads a session or debate opened after its day, or due to be opened (round 31c)', () => {
    expect(
      announcedBareKind(
        'L’Assemblée générale des Nations Unies doit ouvrir mardi 19 septembre 2017 son débat général annuel au siège de l’Organisation.',
      ),
    ).toBe('annual general debate');
    expect(
      announcedBareKind(
        'La Asamblea General debe abrir el martes 14 de septiembre de 2027 su octogésimo segundo período de sesiones.',
      ),
    ).toBe('session');
    expect(
      announcedBareKind(
        "L'Assemblée générale ouvrira mardi 14 septembre 2027 sa quatre-vingt-deuxième session.",
      ),
    ).toBe('session');
    // Words between the verb and the kind that are not a date: no object of the verb.
    expect(
      announcedBareKind(
        'Le Conseil tiendra au Palais des Nations le 3 mars 2027 sa session extraordinaire.',
      ),
    ).toBe(null);
  });

  it('reads a segment that will convene, the subject of a main clause after a comma (round 31c)', () => {
    expect(
      announcedBareKind(
        'New York, 20 June 2022 – As the number of people in need soars, the annual Humanitarian Affairs Segment of the UN Economic and Social Council (ECOSOC) will convene this week in New York.',
      ),
    ).toBe('annual segment');
    expect(
      announcedBareKind(
        'Nueva York, 2 de mayo de 2027 – Mientras los Estados preparan la revisión, la serie de sesiones sobre actividades operacionales del Consejo se reunirá el 18 de mayo de 2027.',
      ),
    ).toBe('segment');
  });

  it('keeps "general" with a general debate, in every language (round h12t)', () => {
    expect(
      announcedBareKind('The general debate of the Assembly will open on 23 September 2027.'),
    ).toBe('general debate');
    expect(
      announcedBareKind(
        'A partir de este martes 23 de septiembre de 2027 se inicia debate general.',
      ),
    ).toBe('general debate');
    expect(announcedBareKind('The Council will hold a debate on 3 March 2027.')).toBe('debate');
  });

  it('reads a debate named by its day', () => {
    expect(announcedBareKind('De acuerdo con la nota, el debate de este martes se basa en …')).toBe(
      'debate',
    );
  });

  it('keeps a frequency word with the kind, before it or after it (round 31f)', () => {
    expect(
      announcedBareKind('The Commission will hold its monthly session on Thursday, 10 February.'),
    ).toBe('monthly session');
    expect(
      announcedBareKind(
        'Le Conseil tient ce mercredi sa session mensuelle publique consacrée à X.',
      ),
    ).toBe('monthly session');
    expect(
      announcedBareKind(
        "L'Assemblée doit ouvrir mardi 19 septembre 2017 son débat général annuel.",
      ),
    ).toBe('annual general debate');
    expect(
      announcedBareKind('The Council will hold its twentieth regular session from 18 June 2012.'),
    ).toBe('session');
  });

  it('reads a Spanish sesión numbered by an ordinal, of a body, its verb before it (round 31f)', () => {
    expect(
      announcedBareKind(
        'Del 6 al 23 de junio tendrá lugar en Ginebra la trigésima quinta sesión del Consejo de Derechos Humanos.',
      ),
    ).toBe('session');
    expect(
      announcedBareKind(
        'El 3 de marzo tendrá lugar la primera sesión del diálogo con los candidatos.',
      ),
    ).toBe(null);
  });

  it.each([
    [
      'Del 24 de junio al 12 de julio tendrá lugar la 41.ª sesión del máximo órgano intergubernamental de la ONU en materia de derechos humanos.',
      'session',
    ],
    ['El 2 de marzo se celebrará la 58.ª sesión del Consejo de Derechos Humanos.', 'session'],
    ['El 5 de febrero se celebrará la 12.ª sesión de la Comisión.', 'session'],
    // A numbered meeting of something that is no body stays a meeting.
    ['El 3 de marzo tendrá lugar la 2.ª sesión del diálogo con los candidatos.', null],
  ])('reads a sesión numbered as the style book prints it (session 26): %s', (sentence, kind) => {
    expect(announcedBareKind(sentence)).toBe(kind);
  });

  it('reads a special session in every language (round t42a)', () => {
    expect(
      announcedBareKind(
        'The Human Rights Council will hold a special session on the situation in the Sahel on 4 May 2027.',
      ),
    ).toBe('special session');
    expect(
      announcedBareKind(
        'L’Assemblée générale tiendra le 12 juin 2027 une session extraordinaire consacrée à la drogue.',
      ),
    ).toBe('special session');
    expect(
      announcedBareKind(
        'La Asamblea General celebrará un período extraordinario de sesiones sobre los océanos el 3 de marzo de 2027.',
      ),
    ).toBe('special session');
    expect(
      announcedBareKind(
        'The Council will hold its regular session on 4 May 2027, after the special procedures report.',
      ),
    ).toBe('session');
  });

  it('keeps the length of the session, not a duration (round t42a)', () => {
    expect(
      announcedBareKind('A week-long session of the Committee will open in Geneva on Monday.'),
    ).toBe('week-long session');
    expect(
      announcedBareKind('The Commission will hold a two-day session on 14 and 15 March 2027.'),
    ).toBe('two-day session');
    expect(
      announcedBareKind('The session will take place on 14 March 2027 and will last a month.'),
    ).toBe('session');
  });

  it('reads no kind from a sentence without a day, or one recording a session held', () => {
    expect(announcedBareKind('The Council will consider the report at its next session.')).toBe(
      null,
    );
    expect(announcedBareKind('The Council held its sixtieth session on 8 September 2025.')).toBe(
      null,
    );
  });
});

describe('placedTomorrow', () => {
  it('reads tomorrow, not the morning', () => {
    expect(placedTomorrow('podría aprobarse mañana en la reunión')).toBe(true);
    expect(placedTomorrow('pourrait être adoptée demain à l’issue de la séance')).toBe(true);
    expect(placedTomorrow('la reunión de esta mañana')).toBe(false);
    expect(placedTomorrow('a las 10.00 de la mañana')).toBe(false);
  });
});
