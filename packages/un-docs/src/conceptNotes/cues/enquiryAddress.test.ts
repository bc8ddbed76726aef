import { describe, expect, it } from 'vitest';
import { givesEnquiryAddress } from './enquiryAddress.js';

describe('givesEnquiryAddress', () => {
  it('reads an address for questions or further information', () => {
    for (const text of [
      'Questions and requests for further details may be addressed to events@mission.example.org.',
      'For more information, please contact Ms. Lee at lee@un.org.',
      'Pour toute question, veuillez écrire à evenements@mission.example.fr.',
      'Para más información, diríjase a eventos@mision.example.org.',
    ])
      expect(givesEnquiryAddress(text)).toBe(true);
  });

  it('reads none where the address takes a delegation’s text', () => {
    for (const text of [
      'Written statements may be sent to statements@mission.example.org by 3 May.',
      'Responses to the guiding questions should be sent to pbc@un.org.',
      'Les déclarations écrites peuvent être envoyées à debat@mission.example.fr.',
    ])
      expect(givesEnquiryAddress(text)).toBe(false);
  });
});
