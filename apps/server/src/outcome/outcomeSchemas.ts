export {
  AppointBody,
  BreakSilenceBody,
  CreateOutcomeBody,
  DecisionBody,
  OutcomeExportQuery,
  OutcomeKind,
  OutcomeTextBody,
  ParagraphNumber,
  ParagraphStatusBody,
  PositionBody,
  ProposeBody,
  SilenceBody,
} from '@plenary/api/requests';
