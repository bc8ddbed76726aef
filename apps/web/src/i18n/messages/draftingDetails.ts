// The speaking-time details and the coverage map read with every open suggestion accepted.
// Apart from messages/drafting.ts, which the meter needs at once, so they load with the panels.
import { defineMessages } from '../catalogue';

export const t = defineMessages('draftingDetails', {
  accepted: 'With every open suggestion accepted: {{time}} · {{amount}}.',
  acceptedOver: 'With every open suggestion accepted: {{time}} · {{amount}}, over the limit.',
  coverage: '{{addressed}} of {{total}} with every open suggestion accepted',
});
