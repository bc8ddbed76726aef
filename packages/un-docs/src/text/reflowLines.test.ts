import { describe, expect, it } from 'vitest';
import { reflowLines } from './reflowLines.js';

const BODY =
  'The meeting will bring together heads of State and Government, ministers and the heads of';

describe('reflowLines', () => {
  it('goes on from a short line that ends on an article or a conjunction', () => {
    // Round 31e: an invitation's hosts cut after "and the".
    const lines = reflowLines([
      'The Permanent Mission of Norway and the',
      'Geneva Centre for Security Policy have the pleasure to invite you to the launch of the study:',
      'Blue Helmets',
    ]);
    expect(lines[0]).toBe(
      'The Permanent Mission of Norway and the Geneva Centre for Security Policy have the pleasure to invite you to the launch of the study:',
    );
    expect(lines[1]).toBe('Blue Helmets');
  });

  it('joins a title in title case wrapped right after its colon to its subtitle', () => {
    // Round 25b: a PDF's line width cut "…: Critical Entry Points" off the title.
    const lines = reflowLines([
      'Policy Dialogue 4: Water, Sanitation and the Recovery of Cities in Coastal Regions:',
      'Lessons From the Field',
      '',
      BODY,
      'agencies to discuss progress.',
    ]);
    expect(lines[0]).toBe(
      'Policy Dialogue 4: Water, Sanitation and the Recovery of Cities in Coastal Regions: Lessons From the Field',
    );
  });

  it('keeps the hyphen closing an aside at a line end as a dash', () => {
    // Round 28: "-qui assure … du Conseil-" is an aside between hyphens, not a cut word.
    const lines = reflowLines([
      'Selon des diplomates, la Sierra Leone -qui assure ce mois-ci la présidence du Conseil-',
      'prévoit de tenir un débat public sur les armes légères et de petit calibre en mai.',
    ]);
    expect(lines[0]).toContain('du Conseil- prévoit de tenir');
  });

  it('keeps a lead-in in lower case apart from the item under it', () => {
    const lines = reflowLines([
      'Delegations are invited to address the following questions in their statements today:',
      'Financing Resilient Health Systems',
      '',
      BODY,
    ]);
    expect(lines[0]).toBe(
      'Delegations are invited to address the following questions in their statements today:',
    );
  });

  it('starts a block at a line opening with a day’s full date under a title', () => {
    // Round 25b: the date line, with or without the hour and room after it.
    const lines = reflowLines([
      '"Young people as partners for prevention in the coastal States of the Gulf of Guinea"',
      'Thursday, 18 November 2027, 10.00 – 13.00, Conference Room 1, UN Headquarters',
      '',
      BODY,
    ]);
    expect(lines[1]).toBe(
      'Thursday, 18 November 2027, 10.00 – 13.00, Conference Room 1, UN Headquarters',
    );
  });
  it('keeps a title-cased subheading of a news item set one paragraph a line on its own line', () => {
    // Round 31d: after a line that closes its sentence, above a full paragraph line.
    const para =
      'The Council will hold several meetings this month, and its members are expected to travel to the region before its end, the President told reporters at Headquarters today.';
    const heading = 'Open Debate on Protecting Journalists in Armed Conflict';
    const lines = reflowLines([para, heading, para]);
    expect(lines).toEqual([para, heading, para]);
  });

  it('joins a short line that ends the paragraph above when it closes no sentence there', () => {
    const lines = reflowLines([
      'The Council will hold several meetings this month, and its members are expected to travel to',
      'Juba And Khartoum',
      '',
      BODY,
    ]);
    expect(lines[0]).toContain('travel to Juba And Khartoum');
  });
});
