import { describe, expect, it } from 'vitest';
import { actorList } from './actorList.js';

describe('a UN entity named with “pour” / “para” in a list of organizers', () => {
  it('keeps the name whole after “des Nations Unies” and “de las Naciones Unidas”', () => {
    expect(
      actorList(
        "l'Institut des Nations Unies pour la formation et la recherche, en coopération avec la Suisse",
      ),
    ).toBe("l'Institut des Nations Unies pour la formation et la recherche");
    expect(
      actorList(
        'la Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios (OCHA)',
      ),
    ).toBe('la Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios');
  });

  it('still ends the list at “pour” / “para” before a verb or after another name', () => {
    expect(actorList('les Nations Unies pour marquer la Journée internationale')).toBe(
      'les Nations Unies',
    );
    expect(actorList('Chile y México para examinar el informe')).toBe('Chile y México');
  });
});
